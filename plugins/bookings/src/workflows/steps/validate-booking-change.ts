import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MedusaError } from "@medusajs/framework/utils"
import { bookingsOptions } from "../../lib/options"
import { isBookingToken } from "../../lib/tokens"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

export type ValidateBookingChangeInput = { id: string; token: string; action: "cancel" | "reschedule" }

/**
 * The buyer's signed link matches the booking (404 otherwise, like an unknown id), the booking is
 * confirmed, and its start is still outside the shop's policy window for changes.
 */
export const validateBookingChangeStep = createStep("validate-booking-change", async (input: ValidateBookingChangeInput, { container }) => {
  const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
  const notFound = new MedusaError(MedusaError.Types.NOT_FOUND, `Booking ${input.id} was not found.`)
  if (!isBookingToken(input.id, input.token, bookingsOptions(container).secret)) throw notFound
  const [booking] = await bookings.listBookings({ id: input.id }, { relations: [] })
  if (!booking) throw notFound
  if (booking.status !== "confirmed") {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This booking is ${booking.status}: only a confirmed booking can be changed.`)
  }
  const resource = await bookings.retrieveBookableResource(booking.resource_id)
  const deadline = +new Date(booking.starts_at) - resource.cancel_notice_hours * 3_600_000
  if (Date.now() > deadline) {
    const verb = input.action === "cancel" ? "cancelled" : "moved"
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Bookings at ${resource.name} can be ${verb} up to ${resource.cancel_notice_hours} hours before they start; ` +
        `this one starts sooner. Contact the shop if you cannot come.`,
    )
  }
  return new StepResponse({
    id: booking.id,
    offering_id: booking.offering_id,
    order_id: booking.order_id,
    // the slot before a move, for the e-mails that say "from … to …"
    starts_at: new Date(booking.starts_at).toISOString(),
    ends_at: new Date(booking.ends_at).toISOString(),
  })
})
