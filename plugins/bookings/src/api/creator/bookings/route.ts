import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopContext } from "@creative-market/creator-shops/api/utils/context"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { CreatorListBookingsType } from "../validators"

/** The shop's bookings (and live holds) starting in [from, to), for a day or week calendar; filter by resource. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { from, to, resource_id } = req.validatedQuery as CreatorListBookingsType
  const bookings: BookingModuleService = req.scope.resolve(BOOKING_MODULE)
  const list = await bookings.listBookings(
    {
      creator_id: shopContext(req).creator_id,
      status: ["held", "confirmed"],
      starts_at: { $gte: new Date(from), $lt: new Date(to) },
      ...(resource_id ? { resource_id } : {}),
    },
    { order: { starts_at: "ASC" }, take: 2000 },
  )
  res.json({ bookings: list })
}
