import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { refundCreatorOrderWorkflow } from "@creative-market/marketplace-orders/workflows"

type BookingCancelled = {
  id: string
  order_id: string | null
  line_item_id: string | null
  refund: { amount: number; currency_code: string } | null
  cancelled_by: string
}

/**
 * A cancelled booking gives the buyer back what its order line is still worth (bookings emit,
 * orders refund: the two plugins meet here, docs/decisions/022). Once per booking: the refund
 * carries `booking:<id>` as its idempotency key, unique in the database, so a redelivered event
 * refunds nothing twice. Nothing to do without a paid line; a line already refunded is skipped.
 */
export default async function bookingCancelledRefund({ event: { data }, container }: SubscriberArgs<BookingCancelled>) {
  if (!data.order_id || !data.line_item_id || !(Number(data.refund?.amount) > 0)) return
  const key = `booking:${data.id}`
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: refunds } = await query.graph({ entity: "creator_refund", fields: ["id"], filters: { idempotency_key: key } })
  if (refunds.length) return
  try {
    await refundCreatorOrderWorkflow(container).run({
      input: {
        order_id: data.order_id,
        line_item_id: data.line_item_id,
        note: `Booking ${data.id} cancelled by the ${data.cancelled_by}`,
        created_by: data.cancelled_by,
        idempotency_key: key,
      },
    })
  } catch (error) {
    // already fully refunded or cancelled by an operator, or the same event won a race: nothing is due
    if (!MedusaError.isMedusaError(error)) throw error
    container.resolve(ContainerRegistrationKeys.LOGGER).info(`No refund for cancelled booking ${data.id}: ${(error as Error).message}`)
  }
}

export const config: SubscriberConfig = { event: "booking.cancelled" }
