import { ContainerRegistrationKeys, MathBN } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { holdIdOf } from "../../lib/cart-bookings"

/**
 * The order line that paid for a booking (its metadata.booking.hold_id is the booking's id), with
 * its price (unit price × quantity, before any discount, which the refund path applies). Reads only.
 */
export const loadBookingLineStep = createStep(
  "load-booking-line",
  async (input: { id: string; order_id: string | null }, { container }) => {
    if (!input.order_id) return new StepResponse(null)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: ["id", "currency_code", "items.*"],
      filters: { id: input.order_id },
    })
    const order = data[0] as {
      currency_code: string
      items?: { id: string; metadata?: Record<string, unknown> | null; unit_price: unknown; quantity: unknown }[]
    }
    const line = (order?.items ?? []).find((item) => holdIdOf(item) === input.id)
    return new StepResponse(
      line
        ? {
            line_item_id: line.id,
            amount: MathBN.mult(line.unit_price as never, line.quantity as never).toNumber(),
            currency_code: order.currency_code,
          }
        : null,
    )
  },
)
