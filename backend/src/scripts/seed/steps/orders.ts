import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  addShippingMethodToCartWorkflow,
  createCartWorkflow,
  createPaymentCollectionForCartWorkflow,
  createPaymentSessionsWorkflow,
} from "@medusajs/medusa/core-flows"
import { listDeliveryOptions } from "@creative-market/marketplace-orders/utils/delivery-options"
import {
  completeSplitCartWorkflow,
  refundCreatorOrderWorkflow,
  shipCreatorOrderWorkflow,
} from "@creative-market/marketplace-orders/workflows"
import { SHIPPING_TYPES } from "../data/markets"
import type { SeedLog } from "../log"

type Line = { handle: string; quantity?: number }
type DemoPurchase = {
  email: string
  lines: Line[]
  /** the creator whose order is marked shipped */
  ship?: string
  /** one unit of this product's line is refunded */
  refund?: string
}

/**
 * A few purchases across seven shops, so the Admin and each shop's balance show money on first
 * start. Only goods with plenty of stock (never one-of-a-kind pieces, which the storefront's
 * journeys buy) and no services (the bookings step makes those).
 */
export const DEMO_PURCHASES: DemoPurchase[] = [
  {
    email: "demo.orders.paid@example.az",
    // the prayer rug is the demo creator's shop (qarabag-weavers, demo-creator.ts): its studio shows an order to ship
    lines: [{ handle: "icherisheher-tile-set" }, { handle: "mugham-rast-recording" }, { handle: "qarabag-namazliq-rug" }],
  },
  {
    email: "demo.orders.shipped@example.az",
    lines: [{ handle: "cd-baku-ethno-electronica", quantity: 2 }, { handle: "font-neft-grotesk" }],
    ship: "xazar-records",
  },
  {
    email: "demo.orders.refunded@example.az",
    lines: [{ handle: "lahij-copper-cezve", quantity: 2 }, { handle: "assets-caravanserai-pixel-tileset" }],
    refund: "lahij-copper-cezve",
  },
]

const address = { first_name: "Nigar", last_name: "Əliyeva", address_1: "Nizami küç. 10", city: "Bakı", country_code: "az" }

/**
 * Places the demo purchases through the real split checkout (system payment provider), ships one
 * creator's order and refunds one unit of a line from a captured payment. A purchase whose buyer already has an order group is skipped, so a re-run adds nothing.
 */
export async function seedDemoOrders(container: MedusaContainer, ids: { regionId: string; salesChannelId: string }, log: SeedLog) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: groups } = await query.graph({
    entity: "order_group",
    fields: ["email"],
    filters: { email: DEMO_PURCHASES.map((p) => p.email) },
  })
  const placed = new Set(groups.map((g: any) => g.email))
  const todo = DEMO_PURCHASES.filter((p) => !placed.has(p.email))
  for (const purchase of todo) await placeDemoPurchase(container, ids, purchase)
  log(`demo orders: ${todo.length} purchases placed (${DEMO_PURCHASES.length - todo.length} already there)`)
}

async function placeDemoPurchase(container: MedusaContainer, ids: { regionId: string; salesChannelId: string }, purchase: DemoPurchase) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["handle", "variants.id"],
    filters: { handle: purchase.lines.map((l) => l.handle) },
  })
  const variantOf = (handle: string) => (products as any[]).find((p) => p.handle === handle)!.variants[0].id as string
  const { result: cart } = await createCartWorkflow(container).run({
    input: {
      region_id: ids.regionId,
      sales_channel_id: ids.salesChannelId,
      email: purchase.email,
      shipping_address: address,
      billing_address: address,
      items: purchase.lines.map((l) => ({ variant_id: variantOf(l.handle), quantity: l.quantity ?? 1 })),
    },
  })
  // the marketplace's standard delivery, and the first own option of each shop that ships itself (041)
  const options = await listDeliveryOptions(container, cart.id)
  const standard = options.find((o: any) => !o.creator_id && o.name === SHIPPING_TYPES.standard.label.en)
  const own = [...new Map([...options].reverse().map((o) => [o.creator_id, o] as const)).entries()]
    .filter(([creator]) => creator)
    .map(([, option]) => option)
  const chosen = [standard, ...own].filter((o) => o !== undefined).map((o) => ({ id: o.id }))
  if (chosen.length) await addShippingMethodToCartWorkflow(container).run({ input: { cart_id: cart.id, options: chosen } })
  await createPaymentCollectionForCartWorkflow(container).run({ input: { cart_id: cart.id } })
  const {
    data: [withCollection],
  } = await query.graph({ entity: "cart", fields: ["payment_collection.id"], filters: { id: cart.id } })
  await createPaymentSessionsWorkflow(container).run({
    input: { payment_collection_id: (withCollection as any).payment_collection.id, provider_id: "pp_system_default" },
  })
  const { result } = await completeSplitCartWorkflow(container).run({ input: { id: cart.id } })

  // the refunded purchase's money was taken (as Stripe does when it captures at once, ADR 022), so
  // its refund gives money back; the others stay authorised, as checkout leaves them
  if (purchase.refund) await captureAll(container, (withCollection as any).payment_collection.id)

  const { data: orders } = await query.graph({
    entity: "order",
    fields: ["id", "creator.handle", "items.id", "items.product_handle"],
    filters: { id: result.order_ids },
  })
  if (purchase.ship) {
    const order = (orders as any[]).find((o) => o.creator?.handle === purchase.ship)!
    await shipCreatorOrderWorkflow(container).run({
      input: { order_id: order.id, carrier: "Azərpoçt", tracking_number: "RR123456785AZ", created_by: "seed" },
    })
  }
  if (purchase.refund) {
    const order = (orders as any[]).find((o) => o.items.some((i: any) => i.product_handle === purchase.refund))!
    const line = order.items.find((i: any) => i.product_handle === purchase.refund)
    await refundCreatorOrderWorkflow(container).run({
      input: { order_id: order.id, line_item_id: line.id, quantity: 1, note: "Demo: one unit arrived dented", created_by: "seed" },
    })
  }
}

async function captureAll(container: MedusaContainer, paymentCollectionId: string) {
  const payments = container.resolve(Modules.PAYMENT)
  const [collection] = await payments.listPaymentCollections({ id: paymentCollectionId }, { relations: ["payments"] })
  for (const payment of collection.payments ?? []) await payments.capturePayment({ payment_id: payment.id })
}
