import Medusa, { FetchError } from "@medusajs/js-sdk"
import { data } from "react-router"
import { env } from "~/env.server"
import { cached } from "./cache.server"

/** The one Medusa client of the storefront. Tokens are never stored in it: each call passes its own. */
export const sdk = new Medusa({
  baseUrl: env.MEDUSA_BACKEND_URL,
  publishableKey: env.MEDUSA_PUBLISHABLE_KEY,
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})

/** What a failed backend call becomes: a status the routes can turn into a page. */
export class BackendError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** A 429's Retry-After header, when the call could read it (see `authPost`). */
    readonly retryAfter: string | null = null,
  ) {
    super(message)
  }
}

type Query = Record<string, unknown>
type CallOptions = { method?: "GET" | "POST" | "DELETE"; query?: Query; body?: unknown; token?: string | null; signal?: AbortSignal }

/** One Store API call; network failures become a 503 BackendError, API errors keep their status. */
export async function store<T>(path: string, { method = "GET", query, body, token, signal }: CallOptions = {}): Promise<T> {
  try {
    return await sdk.client.fetch<T>(path, {
      method,
      query,
      body: body as never,
      signal,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    })
  } catch (error) {
    if (error instanceof FetchError && error.status) throw new BackendError(error.status, error.message)
    // a success without a JSON body: Medusa answers a password-reset request with a plain "Created"
    if (error instanceof SyntaxError) return undefined as T
    if (signal?.aborted) throw error
    // the backend is down: every page shows the friendly 503 page in the visitor's language
    throw data("The shop's backend cannot be reached.", { status: 503 })
  }
}

/**
 * A POST to `/auth/customer/*` without the SDK, whose errors drop the response headers: a 429's
 * Retry-After says how long sign-in stays locked, and the page tells the customer.
 */
export async function authPost<T>(path: string, body: unknown): Promise<T> {
  let response: Response
  try {
    response = await fetch(new URL(path, env.MEDUSA_BACKEND_URL), {
      method: "POST",
      headers: { "content-type": "application/json", "x-publishable-api-key": env.MEDUSA_PUBLISHABLE_KEY },
      body: JSON.stringify(body),
    })
  } catch {
    throw data("The shop's backend cannot be reached.", { status: 503 })
  }
  const parsed = (await response.json().catch(() => ({}))) as T & { message?: string }
  if (!response.ok) throw new BackendError(response.status, parsed.message ?? response.statusText, response.headers.get("retry-after"))
  return parsed
}

/**
 * An anonymous catalogue read, cached per region, locale and query. Never pass a customer's token
 * here: the answer is shared by every visitor of the same region and locale.
 */
export function catalogue<T>(path: string, scope: { regionId: string; locale: string }, query: Query = {}, body?: unknown): Promise<T> {
  const key = JSON.stringify([scope.regionId, scope.locale, path, query, body ?? null])
  return cached(key, env.CATALOGUE_CACHE_SECONDS * 1000, () => catalogueLive<T>(path, scope, query, body))
}

/**
 * The same read straight from the backend, for answers that must be current (a product's stock:
 * a one-of-a-kind piece sold a second ago is sold out now). Medusa's own cache still answers it,
 * and drops the entry when a reservation changes the stock.
 */
export function catalogueLive<T>(path: string, scope: { regionId: string; locale: string }, query: Query = {}, body?: unknown): Promise<T> {
  // prices need the region; the other store routes take only the locale (their query schemas are strict)
  const withScope = path.startsWith("/store/products")
    ? { ...query, region_id: scope.regionId, locale: scope.locale }
    : { ...query, locale: scope.locale }
  return store<T>(path, body === undefined ? { query: withScope } : { method: "POST", query: { locale: scope.locale }, body })
}
