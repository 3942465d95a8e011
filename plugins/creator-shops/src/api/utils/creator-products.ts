import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"

export const CREATOR_PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "description",
  "handle",
  "status",
  "thumbnail",
  "created_at",
  "updated_at",
  "images.id",
  "images.url",
  "images.rank",
  "options.id",
  "options.title",
  "options.values.value",
  "variants.id",
  "variants.title",
  "variants.sku",
  "variants.manage_inventory",
  "variants.weight",
  "variants.options.value",
  "variants.options.option.title",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
  "categories.id",
  "categories.name",
  "categories.handle",
  "tags.id",
  "tags.value",
  "sales_channels.id",
  "listing.*",
]

/** One of a shop's products in full, for the shop's own studio (not the public store). */
export async function retrieveCreatorProduct(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: CREATOR_PRODUCT_FIELDS, filters: { id } })
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${id} was not found in your shop.`)
  return { ...data[0], translations: await productTranslations(container, id) }
}

/** The product's own texts per locale (`{ az: { title, … }, ru: { … } }`), for editing them side by side. */
async function productTranslations(container: MedusaContainer, id: string): Promise<Record<string, Record<string, unknown>>> {
  const rows = await container.resolve(Modules.TRANSLATION).listTranslations({ reference_id: id })
  return Object.fromEntries(rows.map((row) => [row.locale_code, row.translations ?? {}]))
}

/** The ids of a shop's products (the creator ↔ product link), newest first. */
export async function creatorProductIds(container: MedusaContainer, creatorId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "creator", fields: ["products.id"], filters: { id: creatorId } })
  return (data[0]?.products ?? []).filter(Boolean).map((product: { id: string }) => product.id)
}
