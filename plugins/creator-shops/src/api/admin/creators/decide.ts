import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { CreatorDecision } from "../../../modules/creator/types"
import { decideCreatorWorkflow } from "../../../workflows/decide-creator"
import { retrieveShop } from "../../utils/retrieve-shop"
import type { AdminDecisionType } from "../validators"

/** The three decision routes differ only in the decision. */
export const decideCreatorRoute =
  (decision: CreatorDecision) => async (req: AuthenticatedMedusaRequest<AdminDecisionType>, res: MedusaResponse) => {
    await decideCreatorWorkflow(req.scope).run({
      input: { id: req.params.id, decision, reason: req.validatedBody.reason, actor_type: "user", actor_id: req.auth_context.actor_id },
    })
    res.json({ creator: await retrieveShop(req.scope, req.params.id) })
  }
