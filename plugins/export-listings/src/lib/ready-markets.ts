import type { MedusaContainer } from "@medusajs/framework/types"
import { EXPORT_LISTING_MODULE } from "../modules/export-listing"
import type ExportListingModuleService from "../modules/export-listing/service"
import { readinessItem } from "./catalogue-item"
import { catalogueProducts } from "./feeds/catalogue-sql"
import { withCatalogueClient } from "./feeds/catalogue-client"
import { knownSizes } from "./feeds/scan"
import { computeReadiness, type ReadinessPartner } from "./readiness"

/**
 * The markets (ISO-2 countries of active partners) each product is export-ready for: ready for at
 * least one partner of that market, in that partner's language and currency. For many products at
 * once: one SQL read per language, the feed builds' own (`feeds/catalogue-sql`), its variants also
 * priced in the other currencies of that language's partners; drafts have none. Image sizes are the
 * ones already measured (an image not measured yet does not count as too small, as in the readiness
 * rules), so indexing never fetches images. Products without a ready market are absent from the map.
 */
export async function readyMarkets(container: MedusaContainer, productIds: string[]): Promise<Map<string, string[]>> {
  if (!productIds.length) return new Map()
  const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
  const partners = await service.listPartners({ active: true }, { take: 1000 })
  const byLanguage = new Map<string, typeof partners>()
  for (const partner of partners) byLanguage.set(partner.language, [...(byLanguage.get(partner.language) ?? []), partner])
  const markets = new Map<string, Set<string>>()
  for (const [language, group] of byLanguage) {
    const currencies = group.map((partner) => partner.currency)
    const products = await withCatalogueClient(container, (client) =>
      catalogueProducts(client, productIds, language, currencies[0], currencies.slice(1)),
    )
    const sizes = knownSizes(products)
    for (const product of products) {
      if (product.creator && product.creator.status !== "approved") continue
      for (const partner of group) {
        const item = readinessItem(product, partner.currency, sizes)
        if (!computeReadiness(item, partner as unknown as ReadinessPartner).ready) continue
        const set = markets.get(product.id) ?? new Set<string>()
        markets.set(product.id, set.add(partner.market_country.toUpperCase()))
      }
    }
  }
  return new Map([...markets].map(([id, set]) => [id, [...set].sort()]))
}
