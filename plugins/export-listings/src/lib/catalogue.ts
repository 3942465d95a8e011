import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PROFILE_FIELDS } from "./profile"

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
