import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { Modules } from "@medusajs/framework/utils"
import { MARKETPLACE_ORDER_MODULE } from "../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../modules/marketplace-order/service"
import { checkoutsSettled } from "../utils/checkout-turns"
import { OrderGroupEvents } from "../workflows/complete-split-cart"
import { recordPurchaseCaptureWorkflow } from "../workflows/record-purchase-capture"

/**
 * A capture that reached the purchase's payment before its group was written (Stripe's webhook can
 * come while the checkout is still writing the orders) found no group, so nothing recorded it. Once
 * the group is placed, its payment's captures are recorded; a payment captured by nobody yet, or
 * already recorded, changes nothing (docs/decisions/034).
 */
export default async function orderGroupPlacedCaptures({ event, container }: SubscriberArgs<{ id: string }>) {
  await checkoutsSettled()
  const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
  const [group] = await service.listOrderGroups({ id: event.data.id }, { select: ["id", "payment_collection_id"] })
  if (!group?.payment_collection_id) return
  const [collection] = await container
    .resolve(Modules.PAYMENT)
    .listPaymentCollections({ id: group.payment_collection_id }, { relations: ["payments", "payments.captures"] })
  for (const payment of (collection?.payments ?? []).filter((p) => p.captures?.length)) {
    await recordPurchaseCaptureWorkflow(container).run({ input: { payment_id: payment.id } })
  }
}

export const config: SubscriberConfig = {
  event: OrderGroupEvents.PLACED,
  context: { subscriberId: "marketplace-orders-order-group-placed-captures" },
}
