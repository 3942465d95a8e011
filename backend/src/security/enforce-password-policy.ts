import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { passwordProblem } from "./password-policy"
import { accountOf } from "./throttle/requests"

/**
 * The password policy on POST /auth/{actor}/emailpass/register and /update, for every actor:
 * a weak password is a 400 with the same sentence whoever sets it.
 */
export function enforcePasswordPolicy(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem = passwordProblem((req.body as { password?: unknown } | undefined)?.password, accountOf(req))
  next(problem ? new MedusaError(MedusaError.Types.INVALID_DATA, problem) : undefined)
}
