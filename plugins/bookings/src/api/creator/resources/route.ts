import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { shopContext } from "@creative-market/creator-shops/api/utils/context"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { createResourceWorkflow } from "../../../workflows/manage-resources"
import type { CreatorCreateResourceType } from "../validators"

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const bookings: BookingModuleService = req.scope.resolve(BOOKING_MODULE)
  const resources = await bookings.listBookableResources(
    { creator_id: shopContext(req).creator_id },
    { relations: ["exceptions", "offerings"], order: { created_at: "ASC" }, take: 200 },
  )
  res.json({ resources })
}

export const POST = async (req: AuthenticatedMedusaRequest<CreatorCreateResourceType>, res: MedusaResponse) => {
  const { result } = await createResourceWorkflow(req.scope).run({
    input: { ...req.validatedBody, creator_id: shopContext(req).creator_id },
  })
  res.status(201).json({ resource: result })
}
