import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addResourceExceptionWorkflow } from "../../../../../workflows/manage-resources"
import type { CreatorAddExceptionType } from "../../../validators"

/**
 * A holiday, maintenance, a block (closed) or extra hours (open) on one date, in the resource's time zone.
 * Closing stops new sales of that time (slots and sessions); bookings already made then are listed in
 * `bookings_on_day` with a `warning`, not cancelled: the creator settles them with their buyers.
 */
export const POST = async (req: AuthenticatedMedusaRequest<CreatorAddExceptionType>, res: MedusaResponse) => {
  const { result } = await addResourceExceptionWorkflow(req.scope).run({ input: { ...req.validatedBody, resource_id: req.params.id } })
  const { exception, bookings_on_day } = result
  const count = bookings_on_day.length
  const warning = count
    ? `${count === 1 ? "1 booking falls" : `${count} bookings fall`} in the time you closed on ${exception.date} and ${count === 1 ? "stays" : "stay"} booked: ` +
      "cancel or move them with their buyers."
    : null
  res.status(201).json({ exception, bookings_on_day, warning })
}
