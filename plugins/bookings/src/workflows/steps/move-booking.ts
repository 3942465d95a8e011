import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { slotTimes, type CheckedSlot, type OfferingRecord } from "../../lib/check-slot"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

type Times = Pick<CheckedSlot, "start" | "end" | "occupied_from" | "occupied_until" | "session_id">

async function moveTo(bookings: BookingModuleService, offering: OfferingRecord, id: string, slot: Times) {
  const booking = await bookings.retrieveBooking(id)
  await bookings.occupy({
    move_id: id,
    creator_id: booking.creator_id,
    resource_id: booking.resource_id,
    offering_id: booking.offering_id,
    variant_id: booking.variant_id,
    product_id: booking.product_id,
    ...slotTimes(slot),
    capacity: offering.resource.capacity,
    expires_at: booking.expires_at ?? new Date(),
    cart_id: booking.cart_id,
  })
}

/** Moves a booking to a new slot under the resource's lock, keeping its UID (SEQUENCE goes up); compensation moves it back. */
export const moveBookingStep = createStep(
  "move-booking",
  async (input: { id: string; offering: OfferingRecord; slot: CheckedSlot }, { container }) => {
    const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
    const before = await bookings.retrieveBooking(input.id)
    await moveTo(bookings, input.offering, input.id, input.slot)
    const previous: Times = {
      start: +new Date(before.starts_at),
      end: +new Date(before.ends_at),
      occupied_from: +new Date(before.occupied_from),
      occupied_until: +new Date(before.occupied_until),
      session_id: before.session_id,
    }
    return new StepResponse(await bookings.retrieveBooking(input.id), { id: input.id, offering: input.offering, previous })
  },
  async (undo, { container }) => {
    if (undo) await moveTo(container.resolve(BOOKING_MODULE), undo.offering, undo.id, undo.previous)
  },
)
