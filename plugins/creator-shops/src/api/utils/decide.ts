import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CreatorDecision } from "../../modules/creator/types"
import { decideCreatorWorkflow } from "../../workflows/decide-creator"
import { decideListingWorkflow } from "../../workflows/decide-listing"
import { retrieveShop } from "./retrieve-shop"
import type { AdminDecisionType } from "../admin/validators"

/** The three decision routes differ only in the decision. */
export const decideCreatorRoute =
  (decision: CreatorDecision) => async (req: AuthenticatedMedusaRequest<AdminDecisionType>, res: MedusaResponse) => {
    await decideCreatorWorkflow(req.scope).run({
      input: { id: req.params.id, decision, reason: req.validatedBody.reason, actor_type: "user", actor_id: req.auth_context.actor_id },
    })
    res.json({ creator: await retrieveShop(req.scope, req.params.id) })
  }

/** The two moderation routes differ only in the decision. */
export const decideListingRoute =
  (decision: "approve" | "reject") => async (req: AuthenticatedMedusaRequest<AdminDecisionType>, res: MedusaResponse) => {
    await decideListingWorkflow(req.scope).run({
      input: { id: req.params.id, decision, reason: req.validatedBody.reason, actor_id: req.auth_context.actor_id },
    })
    res.json({ id: req.params.id, moderation_status: decision === "approve" ? "approved" : "rejected" })
  }
