import { productImages, readinessItem } from "../catalogue-item"
import { computeReadiness, type ReadinessPartner } from "../readiness"
import type { CatalogueProduct, SqlClient } from "./catalogue-sql"
import { streamCatalogue, type StreamOptions } from "./catalogue-stream"

export type ImageSize = { width: number | null; height: number | null }

/** Measures images whose size is not known yet (the backend does it: File module, sharp); null when unreadable. */
export type MeasureImages = (urls: string[]) => Promise<Map<string, ImageSize>>

/** The sizes the catalogue rows already carry (measured before); images not in the map are unknown. */
export function knownSizes(products: CatalogueProduct[]): Map<string, ImageSize> {
  const sizes = new Map<string, ImageSize>()
  for (const product of products) {
    for (const image of product.images) if (image.width !== null) sizes.set(image.url, image)
    if (product.thumbnail && product.thumbnail_size.width !== null) sizes.set(product.thumbnail, product.thumbnail_size)
  }
  return sizes
}

/**
 * Every published product of approved shops (or of the marketplace itself) in id order, in the
 * partner's language and currency, with its readiness for the partner's market: one cursor over the
 * catalogue statement, a batch in memory at a time. Images not measured yet are measured once per batch.
 * `where` narrows the products read (a feed build reads only its candidates: `feedCandidates`); a
 * build reads over two clients (see `streamCatalogue`).
 */
export async function* scanCatalogue(
  clients: SqlClient[],
  partner: ReadinessPartner & { language: string },
  measure: MeasureImages,
  options?: StreamOptions,
) {
  for await (const products of streamCatalogue(clients, partner.language, partner.currency, options)) {
    const sizes = knownSizes(products)
    const unknown = [...new Set(products.flatMap(productImages))].filter((url) => !sizes.has(url))
    if (unknown.length) for (const [url, size] of await measure(unknown)) sizes.set(url, size)
    for (const product of products) {
      if (product.creator && product.creator.status !== "approved") continue
      yield { product, readiness: computeReadiness(readinessItem(product, partner.currency, sizes), partner) }
    }
  }
}
