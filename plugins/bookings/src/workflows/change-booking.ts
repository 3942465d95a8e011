import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { cancelBookingStep } from "./steps/cancel-booking"
import { cancelOrderBookingsStep, type CancelOrderBookingsInput } from "./steps/cancel-order-bookings"
import { loadBookingLineStep } from "./steps/load-booking-line"
import { loadOfferingStep } from "./steps/load-offering"
import { moveBookingStep } from "./steps/move-booking"
import { updateBookingLineStep } from "./steps/update-booking-line"
import { validateBookingChangeStep } from "./steps/validate-booking-change"
import { validateBookingSlotStep } from "./steps/validate-booking-slot"

/**
 * The buyer cancels inside the shop's policy window. No money moves here: `booking.cancelled`
 * carries the order, the line that paid for the slot and its amount, which is what the orders
 * plugin's refund path needs (docs/decisions/019).
 */
export const cancelBookingWorkflow = createWorkflow("cancel-booking", (input: { id: string; token: string }) => {
  const checked = validateBookingChangeStep({ id: input.id, token: input.token, action: "cancel" })
  const line = loadBookingLineStep({ id: checked.id, order_id: checked.order_id })
  const booking = cancelBookingStep({ id: input.id })
  emitEventStep({
    eventName: "booking.cancelled",
    data: transform({ checked, line }, ({ checked, line }) => ({
      id: checked.id,
      order_id: checked.order_id,
      line_item_id: line?.line_item_id ?? null,
      refund: line ? { amount: line.amount, currency_code: line.currency_code } : null,
      cancelled_by: "buyer",
    })),
  })
  return new WorkflowResponse(booking)
})

/**
 * An order taken back (cancelled, or the line that paid for a booking refunded in full) cancels
 * its bookings. `booking.cancelled` says so with `cancelled_by: "order"` and no refund: the money
 * already came back with the order, so the refund glue has nothing to do (no loop, docs/decisions/055).
 */
export const cancelOrderBookingsWorkflow = createWorkflow("cancel-order-bookings", (input: CancelOrderBookingsInput) => {
  const cancelled = cancelOrderBookingsStep(input)
  emitEventStep({
    eventName: "booking.cancelled",
    data: transform({ cancelled }, ({ cancelled }) =>
      cancelled.map((b) => ({ id: b.id, order_id: b.order_id, line_item_id: b.line_item_id, refund: null, cancelled_by: "order" })),
    ),
  })
  return new WorkflowResponse(cancelled)
})

/**
 * The buyer moves a booking to another free slot of the same variant; the ICS UID stays, SEQUENCE
 * goes up, and the order line that paid for it shows the new slot. `booking.rescheduled` carries
 * the slot it left (`from`), so the e-mails can say "from … to …".
 */
export const rescheduleBookingWorkflow = createWorkflow("reschedule-booking", (input: { id: string; token: string; start: string }) => {
  const checked = validateBookingChangeStep({ id: input.id, token: input.token, action: "reschedule" })
  const offering = loadOfferingStep({ id: checked.offering_id })
  const slot = validateBookingSlotStep({ offering, start: input.start, ignore_id: input.id })
  const line = loadBookingLineStep({ id: checked.id, order_id: checked.order_id })
  const booking = moveBookingStep({ id: input.id, offering, slot })
  updateBookingLineStep(
    transform({ line, slot, offering }, ({ line, slot, offering }) => ({
      line_item_id: line?.line_item_id,
      start: slot.start,
      end: slot.end,
      timezone: offering.resource.timezone,
    })),
  )
  emitEventStep({
    eventName: "booking.rescheduled",
    data: transform({ checked }, ({ checked }) => ({
      id: checked.id,
      order_id: checked.order_id,
      from: { starts_at: checked.starts_at, ends_at: checked.ends_at },
    })),
  })
  return new WorkflowResponse(booking)
})
