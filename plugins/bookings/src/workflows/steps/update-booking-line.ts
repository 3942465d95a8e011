import type { IOrderModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { inZone } from "../../lib/slots"

type Input = { line_item_id: string | null | undefined; start: number; end: number; timezone: string }

const orderModule = (container: { resolve: (key: string) => unknown }) => container.resolve(Modules.ORDER) as IOrderModuleService

/**
 * An order shows an item's `order_item.metadata` when it has one, else the line's (Medusa's
 * transform-order), and the split checkout's orders carry it in both: both are written.
 */
async function writeMetadata(orders: IOrderModuleService, lineId: string, metadata: Record<string, unknown>) {
  await orders.updateOrderLineItems(lineId, { metadata })
  await orders.updateOrderItem({ item_id: lineId } as never, { metadata } as never)
}

/**
 * After a reschedule the order line that paid for the booking carries the new slot in
 * `metadata.booking` (the cart, confirmation and account read it there); compensation puts the old one back.
 */
export const updateBookingLineStep = createStep(
  "update-booking-line",
  async (input: Input, { container }) => {
    if (!input.line_item_id) return new StepResponse(null, null)
    const orders = orderModule(container)
    const [line] = await orders.listOrderLineItems({ id: input.line_item_id }, { select: ["id", "metadata"] })
    if (!line) return new StepResponse(null, null)
    const before = (line.metadata ?? {}) as Record<string, unknown>
    const booking = {
      ...(before.booking as Record<string, unknown>),
      start: new Date(input.start).toISOString(),
      end: new Date(input.end).toISOString(),
      start_local: inZone(input.start, input.timezone),
    }
    await writeMetadata(orders, line.id, { ...before, booking })
    return new StepResponse(null, { id: line.id, metadata: before })
  },
  async (undo, { container }) => {
    if (undo) await writeMetadata(orderModule(container), undo.id, undo.metadata)
  },
)
