import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { ProductStatus } from "@medusajs/framework/utils"
import { variantPrices } from "../prices"
import type { ProductSeed } from "../types"

export type CatalogueRefs = {
  salesChannelId: string
  shippingProfileId: string
  categoryIds: Map<string, string>
  tagIds: Map<string, string>
}

/** A stable SKU per variant: the handle in capitals and the variant's position. */
export function variantSku(handle: string, index: number) {
  return `CM-${handle.toUpperCase()}-${index + 1}`
}

/**
 * What createProductsWorkflow gets for one seed product. Only physical goods track stock and
 * carry a shipping profile; digital goods and services need neither inventory nor shipping.
 */
export function productInput(seed: ProductSeed, refs: CatalogueRefs, imageUrls: string[]): CreateProductWorkflowInputDTO {
  const physical = seed.kind === "physical"
  return {
    title: seed.title.en,
    handle: seed.handle,
    description: seed.description.en,
    status: ProductStatus.PUBLISHED,
    thumbnail: imageUrls[0],
    images: imageUrls.map((url) => ({ url })),
    category_ids: [refs.categoryIds.get(seed.category)!],
    tag_ids: seed.tags.map((tag) => refs.tagIds.get(tag)!),
    options: [{ title: seed.option.en, values: seed.variants.map((variant) => variant.value.en) }],
    variants: seed.variants.map((variant, index) => ({
      title: variant.value.en,
      sku: variantSku(seed.handle, index),
      options: { [seed.option.en]: variant.value.en },
      prices: variantPrices(variant),
      manage_inventory: physical,
      allow_backorder: false,
    })),
    sales_channels: [{ id: refs.salesChannelId }],
    ...(physical ? { shipping_profile_id: refs.shippingProfileId, weight: seed.weight, origin_country: "az" } : {}),
    material: seed.material?.en ?? null,
  }
}
