import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { slotTimes, type CheckedSlot, type OfferingRecord } from "../../lib/check-slot"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

export type CreateBookingHoldInput = { offering: OfferingRecord; slot: CheckedSlot; cart_id: string; hold_minutes: number }

/** Holds the slot for the cart until it expires (under the resource's lock; the database refuses a double booking). */
export const createBookingHoldStep = createStep(
  "create-booking-hold",
  async ({ offering, slot, cart_id, hold_minutes }: CreateBookingHoldInput, { container }) => {
    const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
    const id = await bookings.occupy({
      creator_id: offering.creator_id,
      resource_id: offering.resource.id,
      offering_id: offering.id,
      variant_id: offering.variant_id,
      product_id: offering.product_id,
      ...slotTimes(slot),
      capacity: offering.resource.capacity,
      expires_at: new Date(Date.now() + hold_minutes * 60_000),
      cart_id,
    })
    const hold = await bookings.retrieveBooking(id)
    return new StepResponse({ id, uid: hold.uid, expires_at: hold.expires_at as Date }, id)
  },
  async (id, { container }) => {
    if (!id) return
    const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
    await bookings.deleteBookings(id)
  },
)
