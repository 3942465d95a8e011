import { formatMoney } from "@creative-market/admin-ui"
import { createDataTableColumnHelper, DataTable, Text, useDataTable } from "@medusajs/ui"
import { useBalances } from "../hooks/balances"
import type { CreatorBalance } from "../lib/types"
import { CreatorCell } from "./creator-cell"

const column = createDataTableColumnHelper<CreatorBalance>()
const money = (key: "earned" | "held" | "available" | "paid" | "reversed", header: string) =>
  column.accessor(key, { header, cell: ({ row }) => formatMoney(row.original[key], row.original.currency_code) })

const columns = [
  column.accessor("creator", {
    header: "Creator",
    cell: ({ row }) => <CreatorCell creator={row.original.creator} id={row.original.creator.id} />,
  }),
  column.accessor("currency_code", { header: "Currency", cell: ({ getValue }) => getValue().toUpperCase() }),
  money("earned", "Earned"),
  money("held", "Held"),
  money("reversed", "Reversed"),
  money("paid", "Paid"),
  column.accessor("available", {
    header: "Available",
    cell: ({ row }) => (
      <Text size="small" weight="plus" className={row.original.available < 0 ? "text-ui-fg-error" : undefined}>
        {formatMoney(row.original.available, row.original.currency_code)}
      </Text>
    ),
  }),
]

/** Each shop's balance per currency; a negative available (a refund after a payout) in red. */
export const BalancesTable = () => {
  const { data, isLoading } = useBalances()
  const rows = data?.balances ?? []
  const table = useDataTable({
    data: rows,
    columns,
    getRowId: (b) => `${b.creator.id}:${b.currency_code}`,
    rowCount: rows.length,
    isLoading,
  })
  return (
    <DataTable instance={table}>
      <DataTable.Table emptyState={{ empty: { heading: "No shop has earned anything yet." } }} />
    </DataTable>
  )
}
