import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"
import { marketsOf, type Markets } from "../../utils/markets"

/**
 * At most this many problems are named in one answer; the rest follow once these are fixed. Enough
 * for every field of the studio's largest form (a form showed 3 of its 4 mistakes at 3).
 */
const MAX_LISTED = 12

/** "variants.0.prices.0.currency_code: Invalid option: expected one of …" (no repeated field name). */
function describe(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join(".")
  if (!field || issue.message.startsWith(field)) return issue.message
  const last = String(issue.path[issue.path.length - 1])
  if (issue.message.startsWith(`${last} `)) return `${issue.path.slice(0, -1).map(String).concat(issue.message).join(".")}`
  return `${field}: ${issue.message}`
}

export function describeIssues(issues: z.core.$ZodIssue[]): string {
  const named = issues.slice(0, MAX_LISTED).map(describe)
  const more = issues.length > MAX_LISTED ? ` (and ${issues.length - MAX_LISTED} more)` : ""
  return `${named.join("; ")}${more}.`
}

/**
 * Validates a JSON body with a zod schema (or one built for the store's markets) into `req.validatedBody`. Unlike Medusa's
 * validateAndTransformBody, every problem is named with its path and zod's reason (Medusa's
 * formatter calls a wrong value inside an array "required").
 */
export function validateBody(schema: z.ZodType | ((markets: Markets) => z.ZodType)) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const body = req.body ?? {}
    if (typeof body !== "object" || Array.isArray(body)) {
      return next(new MedusaError(MedusaError.Types.INVALID_DATA, "The request body must be a JSON object."))
    }
    const result = await (typeof schema === "function" ? schema(marketsOf(req.scope)) : schema).safeParseAsync(body)
    if (!result.success) return next(new MedusaError(MedusaError.Types.INVALID_DATA, describeIssues(result.error.issues)))
    req.validatedBody = result.data
    next()
  }
}

/** For actions that take no input (publish, unpublish): anything sent is a mistake worth naming. */
export const NoBody = z.object({}).strict()
