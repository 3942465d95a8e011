import { errorMessage } from "@creative-market/admin-ui"
import { DataTable, toast, useDataTable, type DataTablePaginationState } from "@medusajs/ui"
import { useMemo, useState } from "react"
import type { ModerationStatus } from "../../modules/listing/types"
import { useDecideListing, useListings } from "../hooks/listings"
import type { QueuedListing } from "../lib/types"
import { moderationColumns, type ListingDecision } from "./moderation-columns"
import { ReasonDrawer } from "./reason-drawer"

const PAGE_SIZE = 20

type Target = { listing: QueuedListing; decision: ListingDecision }

/** Listings in one moderation status, each approved or rejected (with a reason) in place. */
export const ModerationTable = ({ status }: { status: ModerationStatus }) => {
  const [pagination, setPagination] = useState<DataTablePaginationState>({ pageIndex: 0, pageSize: PAGE_SIZE })
  const [target, setTarget] = useState<Target | null>(null)
  const { data, isLoading } = useListings({
    moderation_status: status,
    limit: pagination.pageSize,
    offset: pagination.pageIndex * pagination.pageSize,
  })
  const { mutate, isPending } = useDecideListing()
  const columns = useMemo(() => moderationColumns((listing, decision) => setTarget({ listing, decision })), [])

  const table = useDataTable({
    data: data?.listings ?? [],
    columns,
    getRowId: (listing) => listing.id,
    rowCount: data?.count ?? 0,
    isLoading,
    pagination: { state: pagination, onPaginationChange: setPagination },
  })

  const title = target?.listing.product?.title ?? "this listing"
  const confirm = (reason: string | undefined) => {
    if (!target) return
    mutate(
      { id: target.listing.id, decision: target.decision, reason },
      {
        onSuccess: () => {
          toast.success(`${title} ${target.decision === "approve" ? "approved" : "rejected"}.`)
          setTarget(null)
        },
        onError: (error) => toast.error(errorMessage(error)),
      },
    )
  }

  return (
    <>
      <DataTable instance={table}>
        <DataTable.Table
          emptyState={{ empty: { heading: status === "pending" ? "No listing is waiting for review." : `No ${status} listing.` } }}
        />
        <DataTable.Pagination />
      </DataTable>
      <ReasonDrawer
        open={target !== null}
        onOpenChange={(open) => !open && setTarget(null)}
        title={target?.decision === "reject" ? `Reject ${title}` : `Approve ${title}`}
        description={
          target?.decision === "reject"
            ? "The listing stays off the store and the creator is told what to fix."
            : "The listing goes on sale as soon as the creator publishes it and the shop is approved."
        }
        confirmLabel={target?.decision === "reject" ? "Reject" : "Approve"}
        reasonRequired={target?.decision === "reject"}
        danger={target?.decision === "reject"}
        isPending={isPending}
        onConfirm={confirm}
      />
    </>
  )
}
