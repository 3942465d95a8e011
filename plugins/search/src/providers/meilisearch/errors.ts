import { MedusaError } from "@medusajs/framework/utils"

export { invalid } from "../../lib/errors"

/** The engine would answer, but only with a result it cannot vouch for (a capped count, say). */
export function notAllowed(message: string): never {
  throw new MedusaError(MedusaError.Types.NOT_ALLOWED, message)
}

type ClientError = Error & {
  cause?: { code?: string; message?: string } | unknown
  response?: { status?: number; headers?: { get(name: string): string | null } }
}

/**
 * Translates the client's errors into MedusaErrors the Search Module acts on:
 * `index_not_found` becomes NOT_FOUND (the module re-resolves the active index
 * version and retries), 429 keeps `status` and `retry_after` for the module's
 * rate-limit backoff, and request mistakes become INVALID_DATA.
 */
export function toMedusaError(error: unknown): unknown {
  if (error instanceof MedusaError || !(error instanceof Error)) {
    return error
  }
  const failure = error as ClientError
  if (failure.name === "MeilisearchRequestError" || failure.name === "MeilisearchRequestTimeOutError") {
    return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch could not be reached: ${failure.message}`)
  }
  if (failure.name === "MeilisearchTaskTimeOutError") {
    return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Meilisearch is still busy: ${failure.message}`)
  }
  if (failure.name !== "MeilisearchApiError") {
    return error
  }
  const status = failure.response?.status ?? 0
  const cause = (failure.cause ?? {}) as { code?: string }
  const message = `Meilisearch rejected the request (${cause.code ?? status}): ${failure.message}`
  if (cause.code === "index_not_found") {
    return new MedusaError(MedusaError.Types.NOT_FOUND, message)
  }
  if (status === 429) {
    const retryAfter = Number(failure.response?.headers?.get("retry-after"))
    return Object.assign(new MedusaError(MedusaError.Types.UNEXPECTED_STATE, message), {
      status: 429,
      retry_after: Number.isFinite(retryAfter) ? retryAfter * 1000 : undefined,
    })
  }
  if (status === 401 || status === 403) {
    return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `${message}. Check the provider's api_key.`)
  }
  if (status >= 400 && status < 500) {
    return new MedusaError(MedusaError.Types.INVALID_DATA, message)
  }
  return new MedusaError(MedusaError.Types.UNEXPECTED_STATE, message)
}

export function isIndexNotFound(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string } })?.cause
  return (error as Error)?.name === "MeilisearchApiError" && cause?.code === "index_not_found"
}

/** Runs a client call and rethrows its failure as a MedusaError. */
export async function engineCall<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    throw toMedusaError(error)
  }
}
