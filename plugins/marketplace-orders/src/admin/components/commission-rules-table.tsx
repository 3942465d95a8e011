import { errorMessage, formatDate } from "@creative-market/admin-ui"
import { createDataTableColumnHelper, DataTable, StatusBadge, Text, useDataTable } from "@medusajs/ui"
import { useCommissionRules } from "../hooks/commission-rules"
import { describeRate, SCOPE_LABELS } from "../lib/commission"
import type { CommissionRule } from "../lib/types"
import { CommissionRuleRowActions } from "./commission-rule-row-actions"

const column = createDataTableColumnHelper<CommissionRule>()

const columns = [
  column.accessor("scope", { header: "Applies to", cell: ({ getValue }) => SCOPE_LABELS[getValue()] ?? getValue() }),
  column.accessor("reference", { header: "Reference", cell: ({ getValue }) => getValue() ?? "–" }),
  column.accessor("type", { header: "Commission", cell: ({ row }) => describeRate(row.original) }),
  column.accessor("active", {
    header: "Status",
    cell: ({ getValue }) => <StatusBadge color={getValue() ? "green" : "grey"}>{getValue() ? "Active" : "Inactive"}</StatusBadge>,
  }),
  column.accessor("created_at", { header: "Created", cell: ({ getValue }) => formatDate(getValue()) }),
  column.display({ id: "actions", cell: ({ row }) => <CommissionRuleRowActions rule={row.original} /> }),
]

/** Every commission rule (there are few: no pagination). */
export const CommissionRulesTable = () => {
  const { data, isLoading, error } = useCommissionRules()
  const rules = data?.commission_rules ?? []
  const table = useDataTable({ data: rules, columns, getRowId: (rule) => rule.id, rowCount: rules.length, isLoading })

  if (error)
    return (
      <Text size="small" className="text-ui-fg-error px-6 py-4">
        {errorMessage(error)}
      </Text>
    )
  return (
    <DataTable instance={table}>
      <DataTable.Table
        emptyState={{ empty: { heading: "No commission rule yet", description: "Without a rule the marketplace keeps nothing." } }}
      />
    </DataTable>
  )
}
