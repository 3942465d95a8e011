import { PRODUCT_VIEW_EVENTS } from "@creative-market/export-listings/lib/events"
import type { SearchTypes } from "@medusajs/framework/types"

/** What changes a product document: the product and its variants (prices), its shop, its listing, its export profile. */
export const PRODUCT_INDEX_EVENTS = PRODUCT_VIEW_EVENTS

type Event = { name: string; data: any }

const ids = (data: any): string[] => (Array.isArray(data) ? data.map((d) => d.id) : [data?.id]).filter(Boolean)

/** The product ids an event concerns (variant → its product, shop → all its products). */
export async function productIdsForEvent(event: Event, { container }: SearchTypes.SearchIngestionContext): Promise<string[]> {
  if (event.name.startsWith("product-variant.")) {
    if (event.data?.product_id) return [event.data.product_id]
    const { data } = await container.query.graph({
      entity: "product_variant",
      fields: ["product_id"],
      filters: { id: ids(event.data) },
      withDeleted: true,
    } as any)
    return data.map((variant: any) => variant.product_id)
  }
  if (event.name.startsWith("creator.")) {
    const { data } = await container.query.graph({ entity: "creator", fields: ["products.id"], filters: { id: ids(event.data) } })
    return data.flatMap((creator: any) => (creator.products ?? []).filter(Boolean).map((product: any) => product.id))
  }
  return ids(event.data)
}
