import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { cancelBookingWorkflow } from "../../../../../workflows/change-booking"
import type { StoreCancelBookingType } from "../../../validators"

/** Cancels a booking from the buyer's signed link, inside the shop's policy window. */
export const POST = async (req: MedusaRequest<StoreCancelBookingType>, res: MedusaResponse) => {
  const { result } = await cancelBookingWorkflow(req.scope).run({ input: { id: req.params.id, token: req.validatedBody.token } })
  res.json({ booking: { id: result.id, uid: result.uid, status: result.status, starts_at: result.starts_at, ends_at: result.ends_at } })
}
