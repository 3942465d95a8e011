import type { Product } from "./types"

export type ListingState = "draft" | "live" | "waiting" | "rejected" | "shopNotApproved"

/** What a listing is, from the buyer's side: a draft, live, waiting for moderation or the shop's approval, or refused. */
export function listingState(product: Pick<Product, "status" | "listing">): ListingState {
  if (!product.listing?.published) return "draft"
  if (product.status === "published") return "live"
  if (product.listing.moderation_status === "rejected" || product.status === "rejected") return "rejected"
  if (product.listing.moderation_status === "pending" || product.status === "proposed") return "waiting"
  return "shopNotApproved"
}
