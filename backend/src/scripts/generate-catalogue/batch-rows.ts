import { ProductStatus } from "@medusajs/framework/utils"
import { variantPrices } from "../seed/prices"
import { translationRows } from "../seed/steps/translations"
import type { Localized } from "../seed/types"
import type { GeneratedProduct } from "./compose"
import type { GeneratorContext } from "./context"
import { exportProfileRows } from "./export-profiles"
import { entityId } from "./ids"

type Row = Record<string, unknown>

/** Tables in foreign-key order: a parent row is inserted before the rows that point at it. */
export const TABLES = [
  "product",
  "product_option",
  "product_option_value",
  "product_product_option",
  "product_product_option_value",
  "product_variant",
  "product_variant_option",
  "product_category_product",
  "product_tags",
  "price_set",
  "price",
  "product_variant_price_set",
  "product_sales_channel",
  "product_shipping_profile",
  "translation",
  "listing",
  "creator_creator_product_product",
  "listing_listing_product_product",
  "export_profile",
  "export_listing_export_profile_product_product",
] as const

export type Table = (typeof TABLES)[number]
export type BatchRows = Record<Table, Row[]>

/** The Translation module keeps a count of the translated fields of each row (for its statistics). */
function translated(reference: string, id: string, fields: Record<string, Localized | undefined>): Row[] {
  return translationRows(reference, id, fields).map((row) => ({
    id: entityId("trans"),
    ...row,
    translated_field_count: Object.values(row.translations).filter((text) => typeof text === "string" && text.trim() !== "").length,
  }))
}

/** Generated services are remote with a week's notice; other kinds have no service terms. */
export function serviceTerms(kind: string) {
  return kind === "service" ? { service_delivery: "remote", service_lead_time_days: 7, service_date_required: false } : {}
}

/** The shop a generated product belongs to: the family's creator, else any demo shop. */
export function creatorOf(product: GeneratedProduct, context: GeneratorContext): string {
  return context.creatorIds.get(product.creator) ?? [...context.creatorIds.values()][product.handle.length % context.creatorIds.size]
}

/**
 * The rows Medusa's product, pricing, link and translation modules would write for these
 * products (Medusa 2.21 schema): exclusive options as createProducts makes them, one price set
 * per variant with its AZN/EUR/USD prices, the module links, the az/ru translations and export
 * profiles (export-listings) for most physical goods.
 */
export function batchRows(batch: { n: number; product: GeneratedProduct }[], context: GeneratorContext): BatchRows {
  const rows = Object.fromEntries(TABLES.map((table) => [table, [] as Row[]])) as BatchRows
  for (const { n, product } of batch) {
    const productId = entityId("prod")
    const thumbnails = context.thumbnails.get(product.category) ?? []
    rows.product.push({
      id: productId,
      title: product.title.en,
      handle: product.handle,
      description: product.description.en,
      status: ProductStatus.PUBLISHED,
      thumbnail: thumbnails.length ? thumbnails[n % thumbnails.length] : null,
      material: product.material?.en ?? null,
      origin_country: product.kind === "physical" ? "az" : null,
      metadata: { generated: true },
    })
    // the creator-shops plugin's rows: a listing of the product's kind, owned by its shop
    const listingId = entityId("lst")
    rows.listing.push({ id: listingId, kind: product.kind, published: true, moderation_status: "approved", ...serviceTerms(product.kind) })
    rows.listing_listing_product_product.push({ id: entityId("lstprod"), listing_id: listingId, product_id: productId })
    rows.creator_creator_product_product.push({ id: entityId("creprod"), creator_id: creatorOf(product, context), product_id: productId })
    rows.translation.push(
      ...translated("product", productId, { title: product.title, description: product.description, material: product.material }),
    )

    const optionId = entityId("opt")
    const pivotId = entityId("prodopt")
    rows.product_option.push({ id: optionId, title: product.option.en, is_exclusive: true })
    rows.product_product_option.push({ id: pivotId, product_id: productId, product_option_id: optionId })
    rows.translation.push(...translated("product_option", optionId, { title: product.option }))

    product.variants.forEach((variant, rank) => {
      const valueId = entityId("optval")
      const variantId = entityId("variant")
      const priceSetId = entityId("pset")
      rows.product_option_value.push({ id: valueId, value: variant.value.en, option_id: optionId })
      rows.product_product_option_value.push({
        id: entityId("prodoptval"),
        product_product_option_id: pivotId,
        product_option_value_id: valueId,
      })
      rows.product_variant.push({
        id: variantId,
        title: variant.value.en,
        product_id: productId,
        manage_inventory: false,
        allow_backorder: false,
        variant_rank: rank,
      })
      rows.product_variant_option.push({ variant_id: variantId, option_value_id: valueId })
      rows.price_set.push({ id: priceSetId })
      for (const price of variantPrices(variant)) {
        rows.price.push({
          id: entityId("price"),
          price_set_id: priceSetId,
          currency_code: price.currency_code,
          amount: price.amount,
          raw_amount: { value: String(price.amount), precision: 20 },
          rules_count: 0,
        })
      }
      rows.product_variant_price_set.push({ id: entityId("pvps"), variant_id: variantId, price_set_id: priceSetId })
      rows.translation.push(...translated("product_option_value", valueId, { value: variant.value }))
      rows.translation.push(...translated("product_variant", variantId, { title: variant.value }))
    })

    const exportProfile = exportProfileRows(n, product, productId)
    if (exportProfile) {
      rows.export_profile.push(exportProfile.profile)
      rows.export_listing_export_profile_product_product.push(exportProfile.link)
    }
    rows.product_category_product.push({ product_id: productId, product_category_id: context.categoryIds.get(product.category)! })
    for (const tag of product.tags) rows.product_tags.push({ product_id: productId, product_tag_id: context.tagIds.get(tag)! })
    rows.product_sales_channel.push({ id: entityId("prodsc"), product_id: productId, sales_channel_id: context.salesChannelId })
    if (product.kind === "physical") {
      rows.product_shipping_profile.push({ id: entityId("prodsp"), product_id: productId, shipping_profile_id: context.shippingProfileId })
    }
  }
  return rows
}
