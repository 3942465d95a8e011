import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { Modules } from "@medusajs/framework/utils"
import { capturePaymentWorkflow } from "@medusajs/medusa/core-flows"
import { recordPurchaseCaptureWorkflow } from "@creative-market/marketplace-orders/workflows"
import { approvedShops } from "./actors"
import { bakuAddress, cartWith, checkoutGroup } from "./checkout"
import { azn } from "./http"
import { publishListing } from "./listings"
import { openMarketplace } from "./marketplace"
import { creatorShippingOption, shippingZone } from "./shipping"

async function bowlAndPackShops(api: AxiosInstance, container: MedusaContainer) {
  const market = await openMarketplace(api, container)
  const { carpets, sounds } = await approvedShops(api, market.admin, ["carpets", "sounds"])
  const bowl = await publishListing(api, carpets.headers, {
    kind: "physical",
    title: "Copper bowl",
    variants: [{ title: "Small", prices: azn(20), stock: 5 }],
  })
  const pack = await publishListing(api, sounds.headers, {
    kind: "digital",
    title: "Mugham sample pack",
    variants: [{ title: "Personal", prices: azn(30) }],
  })
  const delivery = await creatorShippingOption(container, await shippingZone(container, market.locationId), carpets.creator.id, 10, [
    bowl.id,
  ])
  return {
    store: market.storeHeaders,
    admin: market.admin,
    regionId: market.regionId,
    carpets,
    sounds,
    variants: { bowl: bowl.variants[0].id as string, pack: pack.variants[0].id as string },
    delivery,
  }
}

/**
 * The carpet shop's copper bowl (20, five in stock, its own delivery at 10) and the sound shop's
 * sample pack (30); with a buyer's purchase of both, its payment and the payment's capture.
 */
export async function openBowlAndPack(api: AxiosInstance, container: MedusaContainer) {
  const shops = await bowlAndPackShops(api, container)
  return {
    ...shops,
    purchase: (email?: string) => buyBowlsAndPack(api, shops, email),
    payment: (groupId: string) => purchasePayment(container, groupId),
    capture: (groupId: string) => capturePurchase(container, groupId),
  }
}

export type BowlAndPack = Awaited<ReturnType<typeof openBowlAndPack>>

/** Two bowls (40) with delivery (10) from the carpet shop and a sample pack (30): one payment of 80. */
async function buyBowlsAndPack(
  api: AxiosInstance,
  { store, regionId, variants, delivery }: Awaited<ReturnType<typeof bowlAndPackShops>>,
  email = "buyer@example.az",
) {
  const cart = await cartWith(api, store, regionId, [{ variant_id: variants.bowl, quantity: 2 }, { variant_id: variants.pack }], {
    email,
    shipping_address: bakuAddress,
  })
  await api.post(`/store/carts/${cart.id}/shipping-methods`, { option_id: delivery }, store)
  const { order_group } = await checkoutGroup(api, store, cart.id)
  const { data } = await api.get(`/store/order-groups/${order_group.id}`, store)
  const orderOf = (handle: string) => data.order_group.orders.find((o: any) => o.creator.handle === handle)
  const bowls = orderOf("guba-carpets")
  const packs = orderOf("mugham-sounds")
  return { group: data.order_group, bowls, packs, bowlLine: bowls.items[0].id as string, packLine: packs.items[0].id as string }
}

/** The purchase's one payment, with its captures and refunds. */
async function purchasePayment(container: MedusaContainer, groupId: string) {
  const group = await container.resolve("marketplace_order").retrieveOrderGroup(groupId)
  const [collection] = await container
    .resolve(Modules.PAYMENT)
    .listPaymentCollections({ id: group.payment_collection_id }, { relations: ["payments", "payments.captures", "payments.refunds"] })
  return collection.payments![0]!
}

/** What the provider did at once for a card payment (Stripe's automatic capture): the money is taken. */
async function capturePurchase(container: MedusaContainer, groupId: string) {
  const payment_id = (await purchasePayment(container, groupId)).id
  await capturePaymentWorkflow(container).run({ input: { payment_id } })
  // what the payment.captured subscriber runs, awaited so the test goes on from the settled shares
  // (the subscriber's own run then changes nothing: docs/decisions/034)
  await recordPurchaseCaptureWorkflow(container).run({ input: { payment_id } })
}
