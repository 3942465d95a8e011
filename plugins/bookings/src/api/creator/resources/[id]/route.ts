import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { BOOKING_MODULE } from "../../../../modules/booking"
import type BookingModuleService from "../../../../modules/booking/service"
import { deleteResourceWorkflow, updateResourceWorkflow } from "../../../../workflows/manage-resources"
import type { CreatorUpdateResourceType } from "../../validators"

const retrieve = (req: AuthenticatedMedusaRequest) =>
  (req.scope.resolve(BOOKING_MODULE) as BookingModuleService).retrieveBookableResource(req.params.id, {
    relations: ["exceptions", "offerings", "offerings.sessions"],
  })

export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  res.json({ resource: await retrieve(req) })
}

export const POST = async (req: AuthenticatedMedusaRequest<CreatorUpdateResourceType>, res: MedusaResponse) => {
  await updateResourceWorkflow(req.scope).run({ input: { id: req.params.id, data: req.validatedBody } })
  res.json({ resource: await retrieve(req) })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  await deleteResourceWorkflow(req.scope).run({ input: { id: req.params.id } })
  res.json({ id: req.params.id, object: "bookable_resource", deleted: true })
}
