import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

const isBookable = async (req: MedusaRequest, variantId: string) => {
  const bookings: BookingModuleService = req.scope.resolve(BOOKING_MODULE)
  return (await bookings.listBookableVariants({ variant_id: variantId }, { take: 1 })).length > 0
}

/**
 * Medusa's `POST /store/carts/:id/line-items` would add a bookable variant with no time, and
 * checkout would refuse it only at the end (`assertCartHolds`). A time is held with the line
 * through `POST /store/carts/:id/booking-slots`, which adds the line itself; so the plain route
 * refuses a bookable variant up front, with what to do instead.
 */
export async function refuseUnslottedLine(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const variantId = (req.body as { variant_id?: unknown } | undefined)?.variant_id
  if (typeof variantId === "string" && (await isBookable(req, variantId))) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "This variant is booked by time: choose a slot on the product's page (POST /store/carts/:id/booking-slots adds it with its time).",
      ),
    )
  }
  next()
}

/** A booked line is one slot: its quantity stays 1 (another slot is another line). */
export async function refuseBookedQuantity(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const quantity = (req.body as { quantity?: unknown } | undefined)?.quantity
  if (quantity === undefined || Number(quantity) === 1 || Number(quantity) === 0) return next()
  const { data } = await req.scope
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "line_item", fields: ["variant_id"], filters: { id: req.params.line_id } } as never)
  const variantId = (data[0] as { variant_id?: string } | undefined)?.variant_id
  if (variantId && (await isBookable(req, variantId))) {
    return next(
      new MedusaError(MedusaError.Types.INVALID_DATA, "A booked time is one slot: its quantity stays 1. Add another slot for more."),
    )
  }
  next()
}
