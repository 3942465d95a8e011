import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ItemKind } from "../modules/export-listing/types"
import { PROFILE_FIELDS } from "./profile"
import type { ReadinessItem } from "./readiness"

/** What readiness reads of a product, in one query.graph call per page (feed builds read the same in SQL: feeds/catalogue-sql.ts). */
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
