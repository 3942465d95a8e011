import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { count, forget, usedUp, type Check } from "./limits"
import { accountOf, addressOf, beforeJsonAnswer, inMinutes, tooManyRequests } from "./requests"

/**
 * Throttles POST /auth/{actor}/emailpass/register, /reset-password and /update: per e-mail address
 * (counted whether or not an account has it, so a 429 tells nothing about who is registered) and
 * per client address. A successful password update also unlocks sign-in for the account: its owner
 * has just proven they read its mail.
 */
export async function guardAuthRequest(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const account = accountOf(req)
    const address = addressOf(req)
    const checks: Check[] = [["requestsAddress", address], ...(account ? [["requestsAccount", account] as Check] : [])]
    const refusal = (await usedUp(checks)) ?? (await count(checks)).refusal
    if (refusal) {
      return tooManyRequests(res, refusal.msBeforeNext, (minutes) =>
        refusal.limit === "requestsAccount"
          ? `Too many requests for this e-mail address: try again in ${inMinutes(minutes)}.`
          : `Too many account requests from your network: try again in ${inMinutes(minutes)}.`,
      )
    }
    if (account && /\/update$/.test(req.path)) {
      beforeJsonAnswer(res, async (status) => {
        if (status >= 200 && status < 300)
          await forget([
            ["signInAccount", account],
            ["signInAccountAddress", `${account}|${address}`],
          ])
      })
    }
    next()
  } catch (error) {
    next(error)
  }
}
