import type { RateLimiterRes } from "rate-limiter-flexible"
import { AUTH_LIMITS, authLimiters, type LimitName } from "./limiters"

export type Check = [LimitName, string]
export type Refusal = { limit: LimitName; msBeforeNext: number }

/** The first of the counters that is already used up (without counting this request), or null. */
export async function usedUp(checks: Check[]): Promise<Refusal | null> {
  const limiters = authLimiters()
  const states = await Promise.all(checks.map(([limit, key]) => limiters[limit].get(key)))
  for (const [index, state] of states.entries()) {
    const [limit] = checks[index]
    if (state && state.consumedPoints >= AUTH_LIMITS[limit].points) return { limit, msBeforeNext: state.msBeforeNext }
  }
  return null
}

/**
 * Counts this request on every counter. A counter that two concurrent requests pushed past its
 * limit refuses the later one: the result is then a Refusal.
 */
export async function count(checks: Check[]): Promise<{ results: Map<LimitName, RateLimiterRes>; refusal: Refusal | null }> {
  const limiters = authLimiters()
  const settled = await Promise.allSettled(checks.map(([limit, key]) => limiters[limit].consume(key)))
  const results = new Map<LimitName, RateLimiterRes>()
  let refusal: Refusal | null = null
  for (const [index, outcome] of settled.entries()) {
    const [limit] = checks[index]
    if (outcome.status === "fulfilled") results.set(limit, outcome.value)
    else if (outcome.reason instanceof Error) throw outcome.reason
    else refusal ??= { limit, msBeforeNext: (outcome.reason as RateLimiterRes).msBeforeNext }
  }
  return { results, refusal }
}

export async function forget(checks: Check[]) {
  const limiters = authLimiters()
  await Promise.all(checks.map(([limit, key]) => limiters[limit].delete(key)))
}
