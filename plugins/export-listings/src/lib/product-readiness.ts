import type { MedusaContainer } from "@medusajs/framework/types"
import { EXPORT_LISTING_MODULE } from "../modules/export-listing"
import type ExportListingModuleService from "../modules/export-listing/service"
import { loadProducts } from "./catalogue"
import { productImages, readinessItem } from "./catalogue-item"
import { imageSizes } from "./image-sizes"
import { computeReadiness, type ReadinessPartner } from "./readiness"

/** A product's readiness for every active partner market, in each partner's language and currency. */
export async function productReadiness(container: MedusaContainer, productId: string) {
  const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
  const partners = await service.listPartners({ active: true }, { order: { name: "ASC" }, take: 100 })
  const markets = []
  for (const partner of partners) {
    const [product] = await loadProducts(container, { id: productId }, partner.language, 1)
    if (!product) continue
    const sizes = await imageSizes(container, productImages(product))
    const result = computeReadiness(readinessItem(product, partner.currency, sizes), partner as unknown as ReadinessPartner)
    markets.push({
      partner_id: partner.id,
      partner_name: partner.name,
      format: partner.format,
      market_country: partner.market_country,
      language: partner.language,
      currency: partner.currency,
      ...result,
    })
  }
  return { product_id: productId, markets }
}
