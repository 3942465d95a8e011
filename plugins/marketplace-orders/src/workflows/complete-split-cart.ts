import {
  acquireLockStep,
  authorizePaymentSessionStep,
  compensatePaymentIfNeededStep,
  createOrdersStep,
  createRemoteLinkStep,
  emitEventStep,
  releaseLockStep,
  updateCartsStep,
  useQueryGraphStep,
  validateCartPaymentsStep,
} from "@medusajs/medusa/core-flows"
import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules, OrderWorkflowEvents } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_ORDER_MODULE } from "../modules/marketplace-order"
import { alignOrders, commissionInput, deliveryEarningInput, lineMap, orderAmounts, ordersData } from "../utils/order-data"
import { createCommissionLinesStep } from "./steps/create-commission-lines"
import { createDeliveryEarningsStep } from "./steps/create-delivery-earnings"
import { createOrderGroupStep } from "./steps/create-order-group"
import { createPaymentSharesStep } from "./steps/create-payment-shares"
import { moveReservationsToOrdersStep } from "./steps/move-reservations-to-orders"
import { reserveSplitInventoryStep } from "./steps/reserve-split-inventory"
import { giveCheckoutTurnStep, pauseCheckoutTurnStep, takeCheckoutTurnStep } from "./steps/take-checkout-turn"
import { validateCartDeliveryStep } from "./steps/validate-cart-delivery"
import { validateSplitCartStep } from "./steps/validate-split-cart"

export const OrderGroupEvents = { PLACED: "order_group.placed" } as const

const CART_FIELDS = [
  "id",
  "email",
  "currency_code",
  "region_id",
  "customer_id",
  "sales_channel_id",
  "locale",
  "metadata",
  "completed_at",
  "total",
  "item_subtotal",
  "shipping_total",
  "tax_total",
  "shipping_address.*",
  "billing_address.*",
  "items.*",
  "items.total",
  "items.tax_total",
  "items.tax_lines.*",
  "items.adjustments.*",
  "items.product.title",
  "items.product.status",
  "items.product.creator.id",
  "items.product.creator.handle",
  "items.product.creator.name",
  "items.product.creator.status",
  "items.product.creator.programme",
  "items.product.creator.shipping_options.id",
  "items.product.categories.id",
  "items.product.listing.kind",
  "items.product.listing.service_lead_time_days",
  "items.product.listing.service_date_required",
  "shipping_methods.*",
  "shipping_methods.total",
  "shipping_methods.tax_total",
  "shipping_methods.tax_lines.*",
  "shipping_methods.adjustments.*",
  "shipping_methods.shipping_option.creator.id",
  "payment_collection.id",
  "payment_collection.amount",
  "payment_collection.currency_code",
  "payment_collection.payment_sessions.*",
  "promotions.id",
]

/**
 * Completes a cart as one purchase: one payment, one Medusa order per creator, one order group.
 * Order of the steps is the point (docs/decisions/012): validate → reserve stock → authorise the
 * payment → write orders, group and links. A loser of a stock race fails before its payment is
 * touched; anything that fails after the authorisation compensates back (orders deleted,
 * payment cancelled, or refunded if the provider captured at once, reservations released).
 */
export const completeSplitCartWorkflow = createWorkflow("complete-split-cart", (input: { id: string }) => {
  acquireLockStep({ key: input.id, timeout: 30, ttl: 120 })
  // the stock first, from one small read: a buyer who lost the race is answered before the cart's
  // full read, its totals and the payment (docs/decisions/027, 032)
  const reservations = reserveSplitInventoryStep({ cart_id: input.id })
  // a buyer holding stock waits for the process's turn to pay and write: a burst of winners is
  // served in order instead of all finishing together at the end (docs/decisions/042)
  takeCheckoutTurnStep({ cart_id: input.id })

  const { data: carts } = useQueryGraphStep({ entity: "cart", fields: CART_FIELDS, filters: { id: input.id } }).config({
    name: "split-cart-query",
  })
  const { data: groups } = useQueryGraphStep({
    entity: "order_group",
    fields: ["id", "display_id"],
    filters: { cart_id: input.id },
  }).config({ name: "existing-group-query" })
  const cart = transform({ carts }, ({ carts }) => carts[0] ?? null)
  const existing = transform({ groups }, ({ groups }) => groups[0] ?? null)
  validateCartDeliveryStep({ cart })
  const plan = validateSplitCartStep({ cart, existing_group: existing })
  const paymentSessions = validateCartPaymentsStep({ cart: cart as any })
  const validate = createHook("validate", { cart, plan })

  pauseCheckoutTurnStep({ cart_id: input.id })
  compensatePaymentIfNeededStep({ payment_session_id: transform({ paymentSessions }, ({ paymentSessions }) => paymentSessions[0].id) })
  const payment = authorizePaymentSessionStep({ id: transform({ paymentSessions }, ({ paymentSessions }) => paymentSessions[0].id) })
  takeCheckoutTurnStep({ cart_id: input.id }).config({ name: "resume-checkout-turn" })

  const orders = createOrdersStep(transform({ cart, plan }, ({ cart, plan }) => ordersData(cart, plan)) as any)
  const group = createOrderGroupStep(
    transform({ cart, payment }, ({ cart, payment }) => ({
      cart_id: cart.id,
      email: cart.email ?? null,
      customer_id: cart.customer_id ?? null,
      currency_code: cart.currency_code,
      total: cart.total,
      subtotal: cart.item_subtotal,
      shipping_total: cart.shipping_total,
      tax_total: cart.tax_total,
      payment_collection_id: cart.payment_collection?.id ?? null,
      payment_status: payment?.captured_at ? "captured" : payment ? "authorized" : "awaiting",
    })),
  )
  const links = transform({ cart, plan, orders, group }, ({ cart, plan, orders, group }): LinkDefinition[] =>
    alignOrders(plan, orders as any[]).flatMap((order: any, i: number): LinkDefinition[] => [
      { [MARKETPLACE_ORDER_MODULE]: { order_group_id: group.id }, [Modules.ORDER]: { order_id: order.id } },
      ...(plan[i].creator_id ? [{ creator: { creator_id: plan[i].creator_id }, [Modules.ORDER]: { order_id: order.id } }] : []),
      // Medusa's cart ↔ order link is one to one: the first order stands for the cart (and makes
      // Medusa's own completion see the cart as done)
      ...(i === 0 ? [{ [Modules.ORDER]: { order_id: order.id }, [Modules.CART]: { cart_id: cart.id } }] : []),
    ]),
  )
  createRemoteLinkStep(links)
  createPaymentSharesStep(
    transform({ cart, plan, orders, group }, ({ cart, plan, orders, group }) => ({
      source_collection_id: cart.payment_collection?.id ?? null,
      order_group_id: group.id,
      currency_code: cart.currency_code,
      payment_status: group.payment_status,
      orders: orderAmounts(plan, orders as any[]),
    })),
  )
  moveReservationsToOrdersStep(
    transform({ reservations, plan, orders }, ({ reservations, plan, orders }) => ({
      reservations,
      line_map: lineMap(plan, orders as any),
    })),
  )
  createCommissionLinesStep(transform({ cart, plan, orders }, ({ cart, plan, orders }) => commissionInput(cart, plan, orders as any)))
  createDeliveryEarningsStep(transform({ cart, plan, orders }, ({ cart, plan, orders }) => deliveryEarningInput(cart, plan, orders as any)))
  updateCartsStep(transform({ cart }, ({ cart }) => [{ id: cart.id, completed_at: new Date() }]))
  const ordersPlaced = createHook("ordersPlaced", { group, orders, cart_id: input.id })
  emitEventStep({
    eventName: OrderWorkflowEvents.PLACED,
    data: transform({ orders }, ({ orders }) => orders.map((order: any) => ({ id: order.id }))),
  }).config({ name: "emit-orders-placed" })
  emitEventStep({ eventName: OrderGroupEvents.PLACED, data: transform({ group }, ({ group }) => ({ id: group.id })) }).config({
    name: "emit-order-group-placed",
  })
  giveCheckoutTurnStep({ cart_id: input.id })
  releaseLockStep({ key: input.id })

  const result = transform({ orders, group, plan }, ({ orders, group, plan }) => ({
    order_group: { id: group.id, display_id: group.display_id },
    order_ids: alignOrders(plan, orders as any[]).map((order: any) => order.id),
  }))
  return new WorkflowResponse(result, { hooks: [validate, ordersPlaced] })
})
