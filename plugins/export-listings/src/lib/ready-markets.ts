import type { MedusaContainer } from "@medusajs/framework/types"
import { EXPORT_LISTING_MODULE } from "../modules/export-listing"
import type ExportListingModuleService from "../modules/export-listing/service"
import { readinessItem } from "./catalogue-item"
import { feedCandidates } from "./feeds/candidates"
import { catalogueProducts } from "./feeds/catalogue-sql"
import { withCatalogueClient } from "./feeds/catalogue-client"
import { knownSizes } from "./feeds/scan"
import { computeReadiness, type ReadinessPartner } from "./readiness"

/**
 * The markets (ISO-2 countries of active partners) each product is export-ready for: ready for at
 * least one partner of that market, in that partner's language and currency. For many products at
 * once: the feed builds' own SQL read (`feeds/catalogue-sql`) of only the products that can be ready
 * for the partner (`feeds/candidates`), one per language, currency and candidates; drafts have none.
 * Image sizes are the ones already measured (an image not measured yet does not count as too small,
 * as in the readiness rules), so indexing never fetches images. Products without a ready market are
 * absent from the map.
 */
export async function readyMarkets(container: MedusaContainer, productIds: string[]): Promise<Map<string, string[]>> {
  if (!productIds.length) return new Map()
  const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
  const partners = await service.listPartners({ active: true }, { take: 1000 })
  // partners that read the same rows (language, currency, candidates) share one read
  const reads = new Map<string, { where: string; language: string; currency: string; partners: ReadinessPartner[] }>()
  for (const partner of partners as unknown as (ReadinessPartner & { language: string })[]) {
    const where = feedCandidates(partner)
    const key = [partner.language, partner.currency, where].join("\n")
    const read = reads.get(key) ?? { where, language: partner.language, currency: partner.currency, partners: [] }
    reads.set(key, { ...read, partners: [...read.partners, partner] })
  }
  const markets = new Map<string, Set<string>>()
  for (const read of reads.values()) {
    const products = await withCatalogueClient(container, (client) =>
      catalogueProducts(client, productIds, read.language, read.currency, read.where),
    )
    const sizes = knownSizes(products)
    for (const product of products) {
      if (product.creator && product.creator.status !== "approved") continue
      const item = readinessItem(product, read.currency, sizes)
      for (const partner of read.partners) {
        if (!computeReadiness(item, partner).ready) continue
        const set = markets.get(product.id) ?? new Set<string>()
        markets.set(product.id, set.add(partner.market_country.toUpperCase()))
      }
    }
  }
  return new Map([...markets].map(([id, set]) => [id, [...set].sort()]))
}
