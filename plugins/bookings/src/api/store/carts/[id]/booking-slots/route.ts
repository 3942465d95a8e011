import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { bookingsOptions } from "../../../../../lib/options"
import { holdBookingSlotWorkflow } from "../../../../../workflows/hold-booking-slot"
import { answerConflicts } from "../../../../utils/conflict"
import type { StoreAddBookingSlotType } from "../../../validators"

/** Adds a time slot to the cart and holds it (default 15 minutes). */
export const POST = async (req: MedusaRequest<StoreAddBookingSlotType>, res: MedusaResponse) => {
  const { variant_id, start } = req.validatedBody
  const { hold_minutes } = bookingsOptions(req.scope)
  await answerConflicts(res, async () => {
    const { result } = await holdBookingSlotWorkflow(req.scope).run({ input: { cart_id: req.params.id, variant_id, start, hold_minutes } })
    const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "cart",
      fields: ["id", "currency_code", "total", "items.id", "items.variant_id", "items.quantity", "items.unit_price", "items.metadata"],
      filters: { id: req.params.id },
    })
    res.json({ cart: data[0], hold: { id: result.id, expires_at: result.expires_at } })
  })
}
