import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { approvedShops } from "./actors"
import { bakuAddress, cartWith, checkoutGroup } from "./checkout"
import { azn } from "./http"
import { publishListing } from "./listings"
import { openMarketplace } from "./marketplace"
import { creatorShippingOption, shippingZone } from "./shipping"

/**
 * Three shops: the carpet shop's one Guba carpet (100) and copper bowls (20, five in stock), both
 * shipped by its own delivery at 10; the sound shop's sample pack (30); the lesson shop's tar
 * masterclass (50, on a requested date). With the variant of each and the carpet shop's delivery.
 */
export async function openThreeShops(api: AxiosInstance, container: MedusaContainer) {
  const market = await openMarketplace(api, container)
  const store = market.storeHeaders
  const { carpets, sounds, lessons } = await approvedShops(api, market.admin, ["carpets", "sounds", "lessons"])
  const products: Record<string, any> = {}
  products.carpet = await publishListing(api, carpets.headers, {
    kind: "physical",
    title: "Guba carpet",
    variants: [{ title: "1×1.5 m", prices: azn(100), stock: 1 }],
  })
  products.bowl = await publishListing(api, carpets.headers, {
    kind: "physical",
    title: "Copper bowl",
    variants: [{ title: "Small", prices: azn(20), stock: 5 }],
  })
  products.pack = await publishListing(api, sounds.headers, {
    kind: "digital",
    title: "Mugham sample pack",
    variants: [{ title: "Personal", prices: azn(30) }],
  })
  products.lesson = await publishListing(api, lessons.headers, {
    kind: "service",
    title: "Tar masterclass",
    service: { delivery: "remote", lead_time_days: 2, date_required: true },
    variants: [{ title: "1 hour", prices: azn(50) }],
  })
  const carpetsDelivery = await creatorShippingOption(container, await shippingZone(container, market.locationId), carpets.creator.id, 10, [
    products.carpet.id,
    products.bowl.id,
  ])
  return {
    store,
    admin: market.admin,
    regionId: market.regionId,
    carpets,
    sounds,
    lessons,
    variant: (name: "carpet" | "bowl" | "pack" | "lesson") => products[name].variants[0].id as string,
    shipWithCarpets: async (cartId: string) => api.post(`/store/carts/${cartId}/shipping-methods`, { option_id: carpetsDelivery }, store),
  }
}

export type ThreeShops = Awaited<ReturnType<typeof openThreeShops>>

export const inFiveDays = () => new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10)

/** A cart holding the carpet (shipped by its shop), the sample pack and the masterclass, ready to complete. */
export async function threeShopCart(api: AxiosInstance, fx: ThreeShops) {
  const { store, regionId, variant, shipWithCarpets } = fx
  const cart = await cartWith(
    api,
    store,
    regionId,
    [
      { variant_id: variant("carpet") },
      { variant_id: variant("pack") },
      { variant_id: variant("lesson"), metadata: { requested_date: inFiveDays() } },
    ],
    { shipping_address: bakuAddress },
  )
  await shipWithCarpets(cart.id)
  return cart
}

/** A buyer's purchase of the carpet, the sample pack and the masterclass: the group and each shop's order. */
export async function threeShopPurchase(api: AxiosInstance, fx: ThreeShops) {
  const cart = await threeShopCart(api, fx)
  const { order_group } = await checkoutGroup(api, fx.store, cart.id)
  const { data } = await api.get(`/store/order-groups/${order_group.id}`, fx.store)
  const orderOf = Object.fromEntries(data.order_group.orders.map((o: any) => [o.creator.handle, o.id]))
  return { group: data.order_group as any, orderOf: orderOf as Record<string, string> }
}
