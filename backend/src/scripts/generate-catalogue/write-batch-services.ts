import type { CreateProductDTO, LinkDefinition, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import { variantPrices } from "../seed/prices"
import { translationRows } from "../seed/steps/translations"
import type { GeneratedProduct } from "./compose"
import type { GeneratorContext } from "./context"
import { creatorOf } from "./batch-rows"
import { assignProductsToCreatorWorkflow } from "@creative-market/creator-shops/workflows"

function productData(product: GeneratedProduct, context: GeneratorContext, n: number): CreateProductDTO {
  const thumbnails = context.thumbnails.get(product.category) ?? []
  return {
    title: product.title.en,
    handle: product.handle,
    description: product.description.en,
    status: ProductStatus.PUBLISHED,
    thumbnail: thumbnails.length ? thumbnails[n % thumbnails.length] : null,
    category_ids: [context.categoryIds.get(product.category)!],
    tag_ids: product.tags.map((tag) => context.tagIds.get(tag)!),
    material: product.material?.en ?? null,
    origin_country: product.kind === "physical" ? "az" : null,
    options: [{ title: product.option.en, values: product.variants.map((variant) => variant.value.en) }],
    variants: product.variants.map((variant) => ({
      title: variant.value.en,
      options: { [product.option.en]: variant.value.en },
      manage_inventory: false,
    })),
    metadata: { generated: true },
  }
}

/**
 * Writes one batch through the module services rather than one workflow per product: products
 * with their variants, one price set per variant, the links (variant ↔ price set, product ↔
 * sales channel, physical product ↔ shipping profile) and the products' az/ru translations, each
 * as one bulk call. Generated goods keep no stock (manage_inventory: false).
 * The fallback writer (`writer=services`, launcher `--writer services`) for a schema the SQL writer does not know: it
 * survives Medusa upgrades but managed only ≈100–125 products/s on a 2-core machine, and the calls
 * are not one transaction.
 */
export async function writeBatchWithServices(
  container: MedusaContainer,
  batch: { n: number; product: GeneratedProduct }[],
  context: GeneratorContext,
) {
  const created = await container.resolve(Modules.PRODUCT).createProducts(batch.map(({ n, product }) => productData(product, context, n)))
  const variants = created.flatMap((product, i) =>
    batch[i].product.variants.map((seed) => ({ seed, id: product.variants.find((variant) => variant.title === seed.value.en)!.id })),
  )
  const priceSets = await container.resolve(Modules.PRICING).createPriceSets(variants.map(({ seed }) => ({ prices: variantPrices(seed) })))

  const links: LinkDefinition[] = variants.map((variant, i) => ({
    [Modules.PRODUCT]: { variant_id: variant.id },
    [Modules.PRICING]: { price_set_id: priceSets[i].id },
  }))
  created.forEach((product, i) => {
    links.push({ [Modules.PRODUCT]: { product_id: product.id }, [Modules.SALES_CHANNEL]: { sales_channel_id: context.salesChannelId } })
    if (batch[i].product.kind === "physical") {
      links.push({
        [Modules.PRODUCT]: { product_id: product.id },
        [Modules.FULFILLMENT]: { shipping_profile_id: context.shippingProfileId },
      })
    }
  })
  await container.resolve(ContainerRegistrationKeys.LINK).create(links)

  const translations = created.flatMap((product, i) => {
    const { title, description, material } = batch[i].product
    return translationRows("product", product.id, { title, description, material })
  })
  await container.resolve(Modules.TRANSLATION).createTranslations(translations)

  const byCreator = new Map<string, { product_id: string; kind: GeneratedProduct["kind"] }[]>()
  created.forEach((product, i) => {
    const creatorId = creatorOf(batch[i].product, context)
    byCreator.set(creatorId, [...(byCreator.get(creatorId) ?? []), { product_id: product.id, kind: batch[i].product.kind }])
  })
  for (const [creator_id, products] of byCreator) {
    await assignProductsToCreatorWorkflow(container).run({
      input: {
        creator_id,
        products: products.map((p) => ({
          ...p,
          service: p.kind === "service" ? { delivery: "remote" as const, lead_time_days: 7 } : undefined,
        })),
      },
    })
  }
}
