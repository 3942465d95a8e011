import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createCreatorShippingOptionWorkflow } from "@creative-market/marketplace-orders/workflows"
import { creatorOptionIds } from "@creative-market/marketplace-orders/utils/creator-delivery"
import type { SeedLog } from "../log"

/**
 * A demo shop that ships its goods itself (docs/decisions/041): the demo creator's carpet shop,
 * with a courier in each market (its goods move to its own profile, so every market needs one),
 * named in each language as a creator names them in the studio.
 */
export const SHOP_DELIVERY = {
  shop: "qarabag-weavers",
  options: [
    {
      zone: "azerbaijan",
      name: "Qarabağ Weavers courier",
      az: "Qarabağ Weavers kuryeri",
      ru: "Курьер Qarabağ Weavers",
      prices: { azn: 8 },
    },
    {
      zone: "europe",
      name: "Qarabağ Weavers parcel",
      az: "Qarabağ Weavers bağlaması",
      ru: "Посылка Qarabağ Weavers",
      prices: { azn: 50, eur: 30 },
    },
    {
      zone: "international",
      name: "Qarabağ Weavers parcel",
      az: "Qarabağ Weavers bağlaması",
      ru: "Посылка Qarabağ Weavers",
      prices: { azn: 60, usd: 35 },
    },
  ],
} as const

/** Gives SHOP_DELIVERY's shop its own options, through the creator API's workflow; a shop that has any is left alone. */
export async function seedShopDelivery(container: MedusaContainer, zones: Record<string, string>, log: SeedLog) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: shops } = await query.graph({ entity: "creator", fields: ["id"], filters: { handle: SHOP_DELIVERY.shop } })
  const shop = shops[0] as { id: string } | undefined
  if (!shop) return log(`shop delivery: no shop ${SHOP_DELIVERY.shop}`)
  if ((await creatorOptionIds(container, shop.id)).length) return log(`shop delivery: ${SHOP_DELIVERY.shop} already ships its own goods`)
  for (const option of SHOP_DELIVERY.options) {
    await createCreatorShippingOptionWorkflow(container).run({
      input: {
        creator_id: shop.id,
        name: option.name,
        translations: { name: { az: option.az, ru: option.ru } },
        prices: option.prices,
        service_zone_id: zones[option.zone],
      },
    })
  }
  log(`shop delivery: ${SHOP_DELIVERY.shop} ships its own goods (${SHOP_DELIVERY.options.length} options)`)
}
