import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { inZone } from "../../lib/slots"

type Input = { line_item_id: string | null | undefined; start: number; end: number; timezone: string }

/**
 * After a reschedule the order line that paid for the booking carries the new slot in
 * `metadata.booking` (the cart, confirmation and account read it there); compensation puts the old one back.
 */
export const updateBookingLineStep = createStep(
  "update-booking-line",
  async (input: Input, { container }) => {
    if (!input.line_item_id) return new StepResponse(null, null)
    const orders = container.resolve(Modules.ORDER)
    const [line] = await orders.listOrderLineItems({ id: input.line_item_id }, { select: ["id", "metadata"] })
    if (!line) return new StepResponse(null, null)
    const before = (line.metadata ?? {}) as Record<string, unknown>
    const booking = {
      ...(before.booking as Record<string, unknown>),
      start: new Date(input.start).toISOString(),
      end: new Date(input.end).toISOString(),
      start_local: inZone(input.start, input.timezone),
    }
    await orders.updateOrderLineItems(line.id, { metadata: { ...before, booking } })
    return new StepResponse(null, { id: line.id, metadata: before })
  },
  async (undo, { container }) => {
    if (undo) await container.resolve(Modules.ORDER).updateOrderLineItems(undo.id, { metadata: undo.metadata })
  },
)
