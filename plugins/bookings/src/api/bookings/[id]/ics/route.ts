import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { bookingEvents, buyerTitles, calendar } from "../../../../lib/booking-ics"
import { bookingsOptions } from "../../../../lib/options"
import { isBookingToken } from "../../../../lib/tokens"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"

/** One booking as an .ics file, at the signed link the buyer received (404 for a wrong token). */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  if (!isBookingToken(req.params.id, req.query.token, bookingsOptions(req.scope).secret)) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, "Booking not found.")
  }
  const bookings: BookingModuleService = req.scope.resolve(BOOKING_MODULE)
  const [booking] = await bookings.listBookings({ id: req.params.id, status: ["confirmed", "cancelled"] })
  if (!booking) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Booking not found.")
  const resource = await bookings.retrieveBookableResource(booking.resource_id, { withDeleted: true })
  // the buyer's link: titled as the buyer bought it, in their language
  const events = await bookingEvents(req.scope, [booking], resource.name, await buyerTitles(req.scope, [booking]))
  res.setHeader("content-type", "text/calendar; charset=utf-8")
  res.setHeader("content-disposition", `attachment; filename="booking-${booking.id}.ics"`)
  res.send(calendar(events, { method: booking.status === "cancelled" ? "CANCEL" : "PUBLISH" }))
}
