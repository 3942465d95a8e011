import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { AUTH_LIMITS, authLimiters, type LimitName } from "./limiters"
import { count, forget, usedUp, type Check } from "./limits"
import { accountOf, addressOf, beforeJsonAnswer, inMinutes, tooManyRequests } from "./requests"

export const ACCOUNT_LOCKED_EVENT = "auth.account_locked"

const REFUSALS: Partial<Record<LimitName, (minutes: number) => string>> = {
  signInAccountAddress: (minutes) =>
    `Too many failed sign-ins to this account from your network: try again in ${inMinutes(minutes)}, or reset your password.`,
  signInAddress: (minutes) => `Too many failed sign-ins from your network: try again in ${inMinutes(minutes)}.`,
  signInAccount: (minutes) =>
    `This account is locked after too many failed sign-ins: try again in ${inMinutes(minutes)}, or reset your password to unlock it now.`,
}

/**
 * Throttles POST /auth/{actor}/emailpass (every actor shares an e-mail's counters: one auth identity
 * holds the password for all of them). Each attempt is counted before it runs; a success forgets the
 * account's failures and gives the address its point back. Limits: docs/decisions/009.
 */
export async function guardSignIn(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  try {
    const account = accountOf(req) ?? "(no e-mail)"
    const address = addressOf(req)
    const checks: Check[] = [
      ["signInAccountAddress", `${account}|${address}`],
      ["signInAccount", account],
      ["signInAddress", address],
    ]
    const refusal = (await usedUp(checks)) ?? (await count(checks)).refusal
    if (refusal) return tooManyRequests(res, refusal.msBeforeNext, REFUSALS[refusal.limit]!)

    beforeJsonAnswer(res, async (status) => {
      if (status >= 200 && status < 300) {
        await forget(checks.slice(0, 2))
        await authLimiters().signInAddress.reward(address)
        return
      }
      await noteLockout(req, account, address)
    })
    next()
  } catch (error) {
    next(error)
  }
}

/** After a failure: a used-up counter is a lockout; the account-wide one, or repeated ones, tell the operators. */
async function noteLockout(req: MedusaRequest, account: string, address: string) {
  const limiters = authLimiters()
  const [pair, whole] = await Promise.all([limiters.signInAccountAddress.get(`${account}|${address}`), limiters.signInAccount.get(account)])
  const lockedEverywhere = whole?.consumedPoints === AUTH_LIMITS.signInAccount.points
  const lockedHere = pair?.consumedPoints === AUTH_LIMITS.signInAccountAddress.points
  if (!lockedEverywhere && !lockedHere) return
  const lockouts = await limiters.lockouts.penalty(account)
  const repeated = lockouts.consumedPoints >= AUTH_LIMITS.lockouts.points
  const logger = req.scope.resolve(ContainerRegistrationKeys.LOGGER)
  logger.warn(
    `Sign-in locked for ${account} from ${address} (${lockouts.consumedPoints} lockout(s) in 24 h${lockedEverywhere ? ", every address" : ""})`,
  )
  if (!lockedEverywhere && !repeated) return
  const minutes = Math.ceil(((lockedEverywhere ? whole : pair)!.msBeforeNext ?? 0) / 60_000)
  await req.scope.resolve(Modules.EVENT_BUS).emit({
    name: ACCOUNT_LOCKED_EVENT,
    data: {
      email: account,
      reason: lockedEverywhere ? "too_many_failures_from_all_addresses" : "repeated_lockouts",
      lockouts_in_24h: lockouts.consumedPoints,
      last_address: address,
      locked_minutes: minutes,
    },
  })
}
