import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** No form or API of the marketplace nests deeper; Medusa's validators overflow the stack near 1,000. */
const MAX_DEPTH = 32

/** The first thing wrong with a JSON value that no person's input holds, or null. */
function problemIn(value: unknown, depth = 0): string | null {
  if (typeof value === "string") return value.includes("\u0000") ? "nul" : null
  if (value === null || typeof value !== "object") return null
  if (depth > MAX_DEPTH) return "depth"
  for (const [key, item] of Object.entries(value)) {
    const problem = key.includes("\u0000") ? "nul" : problemIn(item, depth + 1)
    if (problem) return problem
  }
  return null
}

/**
 * Refuses, for every route and before any of them, what would otherwise reach PostgreSQL or a
 * validator as a 500: a NUL character in the path, query or JSON body (PostgreSQL cannot hold
 * one), a body nested more than 32 levels deep, or a JSON array where every route takes an object.
 */
export function screenRequest(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const problem = /%00/i.test(req.originalUrl) ? "nul" : problemIn(req.body)
  if (problem === "nul") {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The request contains a NUL character (\\u0000), which no text may hold: remove it and send again.",
      ),
    )
  }
  if (Array.isArray(req.body) && req.is("json")) {
    // Medusa's validators name the missing fields of an array as "Field '' is required"
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, "The request body must be a JSON object ({ ... }), not an array."))
  }
  if (problem === "depth") {
    return next(new MedusaError(MedusaError.Types.INVALID_DATA, `The request body nests more than ${MAX_DEPTH} levels deep: flatten it.`))
  }
  next()
}
