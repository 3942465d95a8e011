import { DataTable, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useState } from "react"
import { usePayouts } from "../hooks/payouts"
import type { PayoutStatus } from "../lib/types"
import { payoutColumns } from "./payout-columns"

const PAGE_SIZE = 20

const EMPTY_TEXT: Record<PayoutStatus, string> = {
  proposed: "No payout is waiting for approval. The daily job proposes one per creator and currency with an available balance.",
  approved: "No approved payout is waiting for its bank transfer.",
  paid: "No payout has been paid yet.",
  canceled: "No payout was cancelled.",
}

/** Payouts in one status, newest first. */
export const PayoutsTable = ({ status }: { status: PayoutStatus }) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const { data, isLoading } = usePayouts({ status, limit: pagination.pageSize, offset: pagination.pageIndex * pagination.pageSize })

  const table = useDataTable({
    data: data?.payouts ?? [],
    columns: payoutColumns,
    getRowId: (payout) => payout.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  return (
    <DataTable instance={table}>
      <DataTable.Table emptyState={{ empty: { heading: EMPTY_TEXT[status] } }} />
      <DataTable.Pagination />
    </DataTable>
  )
}
