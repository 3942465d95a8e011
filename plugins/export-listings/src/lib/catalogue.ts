import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ItemKind } from "../modules/export-listing/types"
import { PROFILE_FIELDS } from "./profile"
import type { ReadinessItem } from "./readiness"

/** What the feeds and readiness read of a product, in one query.graph call per page. */
export const CATALOGUE_FIELDS = [
  "id",
  "handle",
  "title",
  "description",
  "status",
  "thumbnail",
  "updated_at",
  "images.url",
  "categories.handle",
  "categories.name",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_rules.attribute",
  "variants.manage_inventory",
  "variants.allow_backorder",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "creator.id",
  "creator.handle",
  "creator.name",
  "creator.status",
  "listing.kind",
  "listing.service_date_required",
  ...PROFILE_FIELDS,
]

/** One page of products (ordered by id) in a language, with their links. */
export async function loadProducts(container: MedusaContainer, filters: Record<string, unknown>, locale: string, take = 500) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "product", fields: CATALOGUE_FIELDS, filters, pagination: { take, order: { id: "ASC" } } },
    { locale },
  )
  return data as any[]
}

/** The variant's plain price (no price rules) in a currency, as the store API's calculated price for a region without rules. */
export function variantPrice(variant: any, currency: string): number | null {
  const prices = (variant?.prices ?? []).filter(
    (p: any) => p && p.currency_code === currency.toLowerCase() && !(p.price_rules ?? []).filter(Boolean).length,
  )
  return prices.length ? Math.min(...prices.map((p: any) => Number(p.amount))) : null
}

/**
 * Whether a variant can be bought now: not managed, backorders allowed, or every inventory item
 * it needs has enough units in stock (stocked minus reserved, over all locations).
 */
export function variantInStock(variant: any): boolean {
  if (!variant?.manage_inventory || variant.allow_backorder) return true
  const items = (variant.inventory_items ?? []).filter(Boolean)
  if (!items.length) return false
  return items.every((item: any) => {
    const levels = (item.inventory?.location_levels ?? []).filter(Boolean)
    const available = levels.reduce((sum: number, l: any) => sum + Number(l.stocked_quantity ?? 0) - Number(l.reserved_quantity ?? 0), 0)
    return available >= Number(item.required_quantity ?? 1)
  })
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
