import { formatDateTime } from "@creative-market/admin-ui"
import { Badge, Button, createDataTableColumnHelper, Text } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { KIND_LABELS } from "../lib/format"
import type { QueuedListing } from "../lib/types"
import { StatusBadge } from "./status-badge"

export type ListingDecision = "approve" | "reject"

const column = createDataTableColumnHelper<QueuedListing>()

/** The latest entry of the listing's moderation log: when it was submitted or decided. */
const lastDecision = (listing: QueuedListing) => [...(listing.decisions ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at))[0]

export const moderationColumns = (onDecide: (listing: QueuedListing, decision: ListingDecision) => void) => [
  column.display({
    id: "product",
    header: "Product",
    cell: ({ row }) => {
      const product = row.original.product
      if (!product) return <Text className="text-ui-fg-muted">Product deleted</Text>
      return (
        <Link to={`/products/${product.id}`} className="flex items-center gap-x-3 hover:underline">
          {product.thumbnail ? (
            <img src={product.thumbnail} alt="" className="h-8 w-6 rounded object-cover" />
          ) : (
            <div className="bg-ui-bg-component h-8 w-6 rounded" />
          )}
          <span className="truncate">{product.title}</span>
        </Link>
      )
    },
  }),
  column.accessor("kind", { header: "Kind", cell: ({ getValue }) => <Badge size="2xsmall">{KIND_LABELS[getValue()]}</Badge> }),
  column.display({
    id: "creator",
    header: "Creator",
    cell: ({ row }) => {
      const creator = row.original.product?.creator
      return creator ? (
        <Link to={`/creators/${creator.id}`} className="hover:underline">
          {creator.name}
        </Link>
      ) : (
        "–"
      )
    },
  }),
  column.display({
    id: "last_decision",
    header: "Last change",
    cell: ({ row }) => {
      const decision = lastDecision(row.original)
      return decision ? `${formatDateTime(decision.created_at)}${decision.reason ? ` · ${decision.reason}` : ""}` : "–"
    },
  }),
  column.accessor("moderation_status", { header: "Status", cell: ({ getValue }) => <StatusBadge status={getValue()} /> }),
  column.display({
    id: "actions",
    cell: ({ row }) => (
      <div className="flex justify-end gap-x-2">
        {row.original.moderation_status !== "rejected" && (
          <Button size="small" variant="secondary" onClick={() => onDecide(row.original, "reject")}>
            Reject
          </Button>
        )}
        {row.original.moderation_status !== "approved" && (
          <Button size="small" onClick={() => onDecide(row.original, "approve")}>
            Approve
          </Button>
        )}
      </div>
    ),
  }),
]
