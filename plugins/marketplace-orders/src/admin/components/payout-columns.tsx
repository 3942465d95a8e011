import { formatDate, formatMoney, titleCase } from "@creative-market/admin-ui"
import { createDataTableColumnHelper, StatusBadge } from "@medusajs/ui"
import { PAYOUT_COLORS } from "../lib/format"
import type { Payout } from "../lib/types"
import { CreatorCell } from "./creator-cell"
import { PayoutActions } from "./payout-actions"

const column = createDataTableColumnHelper<Payout>()

export const payoutColumns = [
  column.accessor("creator", {
    header: "Creator",
    cell: ({ row }) => <CreatorCell creator={row.original.creator} id={row.original.creator_id} />,
  }),
  column.accessor("currency_code", { header: "Currency", cell: ({ getValue }) => getValue().toUpperCase() }),
  column.accessor("amount", { header: "Amount", cell: ({ row }) => formatMoney(row.original.amount, row.original.currency_code) }),
  column.accessor("status", {
    header: "Status",
    cell: ({ getValue }) => <StatusBadge color={PAYOUT_COLORS[getValue()] ?? "grey"}>{titleCase(getValue())}</StatusBadge>,
  }),
  column.accessor("reference", { header: "Reference", cell: ({ getValue }) => getValue() ?? "–" }),
  column.accessor("created_at", { header: "Proposed", cell: ({ getValue }) => formatDate(getValue()) }),
  column.display({ id: "actions", cell: ({ row }) => <PayoutActions payout={row.original} /> }),
]
