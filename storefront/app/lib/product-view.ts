import type { Product, Variant } from "./types"

/** The variant a URL asks for (`?variant=`), else the first one with a price. */
export function selectedVariant(product: Product, requested: string | null): Variant | null {
  const variants = product.variants ?? []
  return (
    variants.find((v) => v.id === requested) ?? variants.find((v) => v.calculated_price?.calculated_amount != null) ?? variants[0] ?? null
  )
}

export function optionValues(variant: Variant | null): Record<string, string> {
  const values: Record<string, string> = {}
  for (const value of variant?.options ?? []) {
    const optionId = value.option_id ?? value.option?.id
    if (optionId) values[optionId] = value.value
  }
  return values
}

/** For an option value: the variant that has it and keeps the other chosen values (or any variant with it). */
export function variantFor(product: Product, current: Variant | null, optionId: string, value: string): Variant | null {
  const wanted = { ...optionValues(current), [optionId]: value }
  const variants = product.variants ?? []
  const matches = (variant: Variant, keys: string[]) => keys.every((key) => optionValues(variant)[key] === wanted[key])
  return variants.find((v) => matches(v, Object.keys(wanted))) ?? variants.find((v) => matches(v, [optionId])) ?? null
}

export function inStock(variant: Variant | null): boolean {
  if (!variant) return false
  if (!variant.manage_inventory || variant.allow_backorder) return true
  return (variant.inventory_quantity ?? 0) > 0
}

/** How many of `variant` one line may ask for: what is in stock when the stock is counted, at most 99. */
export function maxQuantity(variant: Variant | null): number {
  if (!variant || !variant.manage_inventory || variant.allow_backorder) return 99
  return Math.max(1, Math.min(99, variant.inventory_quantity ?? 0))
}

/** schema.org Product/Offer for the selected variant: the same price, currency and availability the page shows. */
export function productJsonLd(product: Product, variant: Variant | null, url: string, image: string | null) {
  const price = variant?.calculated_price
  return {
    "@context": "https://schema.org",
    "@type": "Product",
    name: product.title,
    description: product.description ?? undefined,
    sku: variant?.sku ?? variant?.id,
    image: image ?? undefined,
    url,
    brand: product.creator ? { "@type": "Brand", name: product.creator.name } : undefined,
    offers:
      price?.calculated_amount != null
        ? {
            "@type": "Offer",
            url,
            price: price.calculated_amount.toFixed(2),
            priceCurrency: price.currency_code.toUpperCase(),
            availability: inStock(variant) ? "https://schema.org/InStock" : "https://schema.org/OutOfStock",
            seller: product.creator ? { "@type": "Organization", name: product.creator.name } : undefined,
          }
        : undefined,
  }
}
