import { titleCase } from "@creative-market/admin-ui"
import { StatusBadge as UiStatusBadge } from "@medusajs/ui"
import { STATUS_COLORS } from "../lib/format"

/** A shop's status or a listing's moderation status, coloured the same way everywhere. */
export const StatusBadge = ({ status }: { status: string }) => (
  <UiStatusBadge color={STATUS_COLORS[status] ?? "grey"}>{titleCase(status)}</UiStatusBadge>
)
