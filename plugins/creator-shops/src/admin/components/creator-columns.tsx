import { formatDate } from "@creative-market/admin-ui"
import { Avatar, createDataTableColumnHelper, Text } from "@medusajs/ui"
import { LEGAL_TYPE_LABELS, PROGRAMME_LABELS } from "../lib/format"
import type { Creator } from "../lib/types"
import { StatusBadge } from "./status-badge"

const column = createDataTableColumnHelper<Creator>()

export const creatorColumns = [
  column.accessor("name", {
    header: "Name",
    cell: ({ row }) => (
      <div className="flex items-center gap-x-2">
        <Avatar size="2xsmall" src={row.original.logo_url ?? undefined} fallback={row.original.name.charAt(0).toUpperCase()} />
        <span className="truncate">{row.original.name}</span>
      </div>
    ),
  }),
  column.accessor("handle", { header: "Handle", cell: ({ getValue }) => `@${getValue()}` }),
  column.accessor("programme", { header: "Programme", cell: ({ getValue }) => PROGRAMME_LABELS[getValue()] ?? getValue() }),
  column.accessor("legal_type", { header: "Legal type", cell: ({ getValue }) => LEGAL_TYPE_LABELS[getValue()] ?? getValue() }),
  column.accessor("tax_id", {
    header: "VÖEN",
    cell: ({ getValue }) => getValue() ?? <Text className="text-ui-fg-muted">–</Text>,
  }),
  column.accessor("email", { header: "E-mail" }),
  column.accessor("status", { header: "Status", cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
  column.accessor("created_at", { header: "Created", cell: ({ getValue }) => formatDate(getValue()) }),
]
