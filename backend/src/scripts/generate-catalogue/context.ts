import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { SALES_CHANNEL } from "../seed/data/markets"
import { PRODUCTS } from "../seed/data/products"
import { ensureTags } from "../seed/steps/tags"
import { FAMILIES } from "./vocabulary"

export type GeneratorContext = {
  salesChannelId: string
  shippingProfileId: string
  categoryIds: Map<string, string>
  tagIds: Map<string, string>
  /** the seed's product images by category: generated products reuse them as thumbnails */
  thumbnails: Map<string, string[]>
  /** the demo shops by handle: generated products belong to them */
  creatorIds: Map<string, string>
}

const SEED_FIRST =
  "The demo catalogue is missing: run `npm start` once (it seeds), or `npx medusa exec ./src/scripts/seed/index.ts`, then generate again."

/** What generated products hang on: the seed's sales channel, categories, shipping profile and images. */
export async function loadContext(container: MedusaContainer): Promise<GeneratorContext> {
  const [salesChannel] = await container.resolve(Modules.SALES_CHANNEL).listSalesChannels({ name: SALES_CHANNEL.name })
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  const handles = [...new Set(FAMILIES.map((family) => family.category))]
  const categories = await container
    .resolve(Modules.PRODUCT)
    .listProductCategories({ handle: handles }, { select: ["id", "handle"], take: null })
  if (!salesChannel || !profile || categories.length < handles.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, SEED_FIRST)

  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "product",
    fields: ["thumbnail", "categories.handle"],
    filters: { handle: PRODUCTS.map((product) => product.handle) },
  })
  const { data: creators } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({ entity: "creator", fields: ["id", "handle"] })
  if (!creators.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, SEED_FIRST)
  const thumbnails = new Map<string, string[]>()
  for (const product of data as { thumbnail: string | null; categories: { handle: string }[] }[]) {
    const category = product.categories[0]?.handle
    if (product.thumbnail && category) thumbnails.set(category, [...(thumbnails.get(category) ?? []), product.thumbnail])
  }
  return {
    salesChannelId: salesChannel.id,
    shippingProfileId: profile.id,
    categoryIds: new Map(categories.map((category) => [category.handle, category.id])),
    tagIds: await ensureTags(
      container,
      FAMILIES.flatMap((family) => family.tags),
    ),
    thumbnails,
    creatorIds: new Map(creators.map((creator: { id: string; handle: string }) => [creator.handle, creator.id])),
  }
}
