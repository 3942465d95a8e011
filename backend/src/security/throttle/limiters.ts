import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, type RateLimiterAbstract } from "rate-limiter-flexible"
import { env } from "../../env"

const MINUTE = 60
const HOUR = 60 * MINUTE

/** The limits of docs/decisions/009: counts from the environment, windows fixed here. */
export const AUTH_LIMITS = {
  /** failed sign-ins for one account from one address */
  signInAccountAddress: { points: env.AUTH_SIGNIN_PER_ACCOUNT_ADDRESS, duration: 15 * MINUTE },
  /** failed sign-ins from one address, whatever the account */
  signInAddress: { points: env.AUTH_SIGNIN_PER_ADDRESS, duration: 15 * MINUTE },
  /** failed sign-ins for one account from every address: the account is locked for everyone */
  signInAccount: { points: env.AUTH_SIGNIN_PER_ACCOUNT, duration: HOUR },
  /** register, reset-password and password-update requests for one e-mail address */
  requestsAccount: { points: env.AUTH_REQUESTS_PER_ACCOUNT, duration: HOUR },
  /** register, reset-password and password-update requests from one address */
  requestsAddress: { points: env.AUTH_REQUESTS_PER_ADDRESS, duration: HOUR },
  /** lockouts of one account before the operators are told (auth.account_locked) */
  lockouts: { points: env.AUTH_LOCKOUTS_BEFORE_ALERT, duration: 24 * HOUR },
} as const

export type LimitName = keyof typeof AUTH_LIMITS
export type AuthLimiters = Record<LimitName, RateLimiterAbstract>

let limiters: AuthLimiters | undefined

/**
 * The counters: in this process's memory by default, in Redis when REDIS_URL is set so that every
 * server process counts together. Should Redis fail, a process falls back to its own memory counters
 * (rate-limiter-flexible's insurance limiter) rather than letting every attempt through.
 */
export function authLimiters(): AuthLimiters {
  if (limiters) return limiters
  const redis = env.REDIS_URL ? new Redis(env.REDIS_URL, { maxRetriesPerRequest: 2 }) : undefined
  const make = (name: LimitName): RateLimiterAbstract => {
    const options = { ...AUTH_LIMITS[name], keyPrefix: `cm-auth-${name}` }
    if (!redis) return new RateLimiterMemory(options)
    return new RateLimiterRedis({ ...options, storeClient: redis, insuranceLimiter: new RateLimiterMemory(options) })
  }
  limiters = Object.fromEntries(Object.keys(AUTH_LIMITS).map((name) => [name, make(name as LimitName)])) as AuthLimiters
  return limiters
}
