import Redis from "ioredis"
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible"

/** Fixed windows of one minute per partner. */
const WINDOW_SECONDS = 60
/**
 * The limiter only counts; each partner's own limit is compared with the count, so one limiter
 * serves partners with different limits and a changed limit applies at once.
 */
const COUNT_ONLY = Number.MAX_SAFE_INTEGER

let counters: { url: string | undefined; limiter: RateLimiterAbstract } | undefined

/**
 * The request counters: in this process's memory on the embedded profile, in Redis when the plugin
 * has a `redis_url` (the scale-out profile), so every server process counts a partner's requests
 * together. Should Redis fail, a process counts in its own memory (rate-limiter-flexible's insurance
 * limiter) rather than letting every request through.
 */
function limiter(redisUrl: string | undefined): RateLimiterAbstract {
  if (counters && counters.url === redisUrl) return counters.limiter
  const options = { points: COUNT_ONLY, duration: WINDOW_SECONDS, keyPrefix: "cm-partner-rate" }
  const memory = new RateLimiterMemory(options)
  const limiter = redisUrl
    ? new RateLimiterRedis({ ...options, storeClient: new Redis(redisUrl, { maxRetriesPerRequest: 2 }), insuranceLimiter: memory })
    : memory
  counters = { url: redisUrl, limiter }
  return limiter
}

/** Counts one request of a partner: whether it is within `perMinute`, and the seconds until the window ends. */
export async function countPartnerRequest(partnerId: string, perMinute: number, redisUrl: string | undefined) {
  const result: RateLimiterRes = await limiter(redisUrl).consume(partnerId, 1)
  return { allowed: result.consumedPoints <= perMinute, retry_after: Math.max(1, Math.ceil(result.msBeforeNext / 1000)) }
}
