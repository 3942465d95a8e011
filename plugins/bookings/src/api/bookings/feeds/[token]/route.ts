import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { bookingEvents, calendar } from "../../../../lib/booking-ics"
import { feedTokenHash } from "../../../../lib/tokens"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"

const DAY = 86_400_000

/** A resource's private calendar feed (`/bookings/feeds/<token>.ics`): its bookings from 30 days ago to the end of its window. */
export const GET = async (req: MedusaRequest, res: MedusaResponse) => {
  const token = req.params.token.replace(/\.ics$/, "")
  const bookings: BookingModuleService = req.scope.resolve(BOOKING_MODULE)
  const [resource] = token ? await bookings.listBookableResources({ feed_token_hash: feedTokenHash(token) }) : []
  if (!resource) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Calendar feed not found.")
  const rows = await bookings.listBookings(
    {
      resource_id: resource.id,
      status: ["confirmed", "cancelled"],
      starts_at: { $gte: new Date(Date.now() - 30 * DAY), $lt: new Date(Date.now() + (resource.window_days + 1) * DAY) },
    },
    { order: { starts_at: "ASC" }, take: 5000 },
  )
  res.setHeader("content-type", "text/calendar; charset=utf-8")
  res.setHeader("cache-control", "private, max-age=300")
  res.send(calendar(await bookingEvents(req.scope, rows, resource.name), { name: resource.name }))
}
