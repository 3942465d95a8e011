export type VisibilityRow = {
  id: string
  status: string
  creator?: { status: string } | null
  listing?: { published: boolean; moderation_status: string } | null
}

/**
 * The product status the store should see. Medusa's store (products, carts, search) only
 * offers `published` products, so a listing is `published` only while the creator wants it
 * published, the shop is approved and moderation passed; waiting for moderation it is
 * `proposed`, refused it is `rejected`, otherwise `draft`.
 */
export function effectiveStatus(row: VisibilityRow): string {
  const listing = row.listing
  if (!listing?.published) return "draft"
  if (listing.moderation_status === "pending") return "proposed"
  if (listing.moderation_status === "rejected") return "rejected"
  return row.creator?.status === "approved" ? "published" : "draft"
}

/** The status changes that bring marketplace products in line; products without a shop are left alone. */
export function statusChanges(rows: VisibilityRow[]): { id: string; status: string; previous: string }[] {
  return rows
    .filter((row) => row.creator && row.listing)
    .map((row) => ({ id: row.id, status: effectiveStatus(row), previous: row.status }))
    .filter((change) => change.status !== change.previous)
}
