import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { rescheduleBookingWorkflow } from "../../../../../workflows/change-booking"
import { answerConflicts } from "../../../../utils/conflict"
import type { StoreRescheduleBookingType } from "../../../validators"

/** Moves a booking to another free slot from the buyer's signed link; the calendar entry (UID) stays the same. */
export const POST = async (req: MedusaRequest<StoreRescheduleBookingType>, res: MedusaResponse) => {
  const { token, start } = req.validatedBody
  await answerConflicts(res, async () => {
    const { result } = await rescheduleBookingWorkflow(req.scope).run({ input: { id: req.params.id, token, start } })
    res.json({
      booking: {
        id: result.id,
        uid: result.uid,
        sequence: result.sequence,
        status: result.status,
        starts_at: result.starts_at,
        ends_at: result.ends_at,
      },
    })
  })
}
