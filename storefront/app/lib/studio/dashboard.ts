import { available, type Product } from "./types"

/** Physical variants at or below this many sellable units are flagged on the studio's home. */
export const LOW_STOCK = 3

type Item = { id: string; title: string; note?: string }

/** What needs the creator's attention among their listings: refused by moderation, waiting, low on stock, unpublished. */
export function attention(products: Product[]) {
  const rejected: Item[] = []
  const pending: Item[] = []
  const lowStock: Item[] = []
  const drafts: Item[] = []
  for (const product of products) {
    const listing = product.listing
    if (!listing) continue
    if (listing.published && listing.moderation_status === "rejected")
      rejected.push({ id: product.id, title: product.title, note: listing.moderation_reason ?? undefined })
    else if (listing.published && listing.moderation_status === "pending") pending.push({ id: product.id, title: product.title })
    if (!listing.published) drafts.push({ id: product.id, title: product.title })
    if (listing.kind === "physical") {
      const low = (product.variants ?? []).filter((v) => available(v) <= LOW_STOCK)
      if (low.length)
        lowStock.push({ id: product.id, title: product.title, note: low.map((v) => `${v.title}: ${available(v)}`).join(", ") })
    }
  }
  return { rejected, pending, lowStock, drafts }
}
