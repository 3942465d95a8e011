import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { decideListingWorkflow } from "../../../workflows/decide-listing"
import type { AdminDecisionType } from "../validators"

export const decideListingRoute =
  (decision: "approve" | "reject") => async (req: AuthenticatedMedusaRequest<AdminDecisionType>, res: MedusaResponse) => {
    await decideListingWorkflow(req.scope).run({
      input: { id: req.params.id, decision, reason: req.validatedBody.reason, actor_id: req.auth_context.actor_id },
    })
    res.json({ id: req.params.id, moderation_status: decision === "approve" ? "approved" : "rejected" })
  }
