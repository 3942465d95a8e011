import type { GeneratedProduct } from "./compose"
import { entityId } from "./ids"

/** A six-digit HS 2022 leaf per physical category, in the chapter export-listings' readiness expects for it. */
const HS_BY_CATEGORY: Record<string, string> = {
  carpets: "570110",
  kelagayi: "621410",
  ceramics: "691390",
  "lahij-copperware": "741810",
  "miniature-paintings": "970191",
  prints: "491191",
  "vinyl-and-cds": "852380",
}

/**
 * The export profile of a generated physical product (digital goods and services have none), like
 * the demo's: 7 in 10 complete (ready where the partner takes the item), then the typical gaps, one
 * in 10 each: no HS code, no origin, no profile at all. Services and digital goods get none.
 */
export function exportProfileRows(n: number, product: GeneratedProduct, productId: string) {
  const hs = HS_BY_CATEGORY[product.category]
  if (product.kind !== "physical" || !hs || n % 10 === 9) return null
  const id = entityId("expf")
  return {
    profile: {
      id,
      hs_code: n % 10 === 7 ? null : hs,
      hs_edition: "HS2022",
      origin_country: n % 10 === 8 ? null : "AZ",
      weight_g: 300 + (n % 40) * 100,
      materials: JSON.stringify(product.material ? [product.material.en] : []),
      dangerous_goods: false,
    },
    link: { id: entityId("expfprod"), export_profile_id: id, product_id: productId },
  }
}
