import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { PaymentEvents } from "@medusajs/framework/utils"
import { recordPurchaseCaptureWorkflow } from "../workflows/record-purchase-capture"

/** However the purchase's payment was captured (Admin API, Stripe's webhook), its group and shares follow. */
export default async function paymentCapturedShares({ event, container }: SubscriberArgs<{ id: string }>) {
  const { result } = await recordPurchaseCaptureWorkflow(container).run({ input: { payment_id: event.data.id } })
  if (result?.over_captured)
    container
      .resolve("logger")
      .warn(`Payment ${event.data.id} captured ${result.over_captured} already released to the buyer: refund it from the payment.`)
}

export const config: SubscriberConfig = {
  event: PaymentEvents.CAPTURED,
  context: { subscriberId: "marketplace-orders-payment-captured" },
}
