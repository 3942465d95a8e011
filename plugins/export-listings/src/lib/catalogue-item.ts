import type { ItemKind } from "../modules/export-listing/types"
import type { ReadinessItem } from "./readiness"

/* What readiness and offers read of one product, in any of its shapes (query.graph or the feed SQL): no Medusa imports, so the feed builder process can load it. */

/** The variant's plain price (no price rules) in a currency, as the store API's calculated price for a region without rules. */
export function variantPrice(variant: any, currency: string): number | null {
  const code = currency.toLowerCase()
  let cheapest: number | null = null
  // a loop, not filter/map/min: feed builds call it twice for every variant of the catalogue
  for (const price of variant?.prices ?? []) {
    if (!price || price.currency_code !== code || (price.price_rules ?? []).some(Boolean)) continue
    const amount = Number(price.amount)
    if (cheapest === null || amount < cheapest) cheapest = amount
  }
  return cheapest
}

export function productImages(product: any): string[] {
  const urls = (product.images ?? []).filter(Boolean).map((i: any) => i.url)
  return urls.length ? urls : product.thumbnail ? [product.thumbnail] : []
}

/** A product as the readiness rules see it, in the partner's language and currency. */
export function readinessItem(
  product: any,
  currency: string,
  sizes: Map<string, { width: number | null; height: number | null }>,
): ReadinessItem {
  const variants = (product.variants ?? []).filter(Boolean)
  const prices = variants.map((v: any) => variantPrice(v, currency)).filter((p: number | null): p is number => p !== null)
  return {
    kind: (product.listing?.kind ?? "physical") as ItemKind,
    dated: !!product.listing?.service_date_required,
    title: product.title ?? null,
    description: product.description ?? null,
    category_handles: (product.categories ?? []).filter(Boolean).map((c: any) => c.handle),
    images: productImages(product).map((url) => ({ url, width: sizes.get(url)?.width ?? null, height: sizes.get(url)?.height ?? null })),
    price: prices.length ? Math.min(...prices) : null,
    profile: product.export_profile ?? null,
  }
}
