import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const MAX_DEPTH = 64

function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === "string") return value.includes("\u0000")
  if (depth > MAX_DEPTH || value === null || typeof value !== "object") return false
  return Object.entries(value).some(([key, item]) => key.includes("\u0000") || containsNul(item, depth + 1))
}

/**
 * PostgreSQL cannot store or compare text with a NUL character, and answers with a protocol
 * error (a 500). No person types one, so a request carrying one, in its path, query or JSON
 * body, is refused up front with a 400, for every route.
 */
export function rejectNul(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (/%00/i.test(req.originalUrl) || containsNul(req.body)) {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "The request contains a NUL character (\\u0000), which no text may hold: remove it and send again."))
  }
  next()
}
