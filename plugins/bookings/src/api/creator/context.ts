import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { shopContext } from "@creative-market/creator-shops/api/utils/context"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

/** 404 unless resource `:id` belongs to the current shop (every /creator/resources/:id route). */
export async function requireOwnedResource(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const bookings: BookingModuleService = req.scope.resolve(BOOKING_MODULE)
  const [resource] = await bookings.listBookableResources(
    { id: req.params.id, creator_id: shopContext(req).creator_id },
    { select: ["id"] },
  )
  if (!resource) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Resource ${req.params.id} was not found in your shop.`)
  next()
}
