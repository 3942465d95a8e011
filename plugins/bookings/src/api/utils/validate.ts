import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import type { z } from "@medusajs/framework/zod"
import { describeIssues } from "@creative-market/creator-shops/api/utils/validate-body"

/** Validates the query string into `req.validatedQuery`, naming every wrong field (400). */
export function validateQuery(schema: z.ZodType) {
  return async (req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) => {
    const result = await schema.safeParseAsync(req.query ?? {})
    if (!result.success) return next(new MedusaError(MedusaError.Types.INVALID_DATA, describeIssues(result.error.issues)))
    req.validatedQuery = result.data as Record<string, unknown>
    next()
  }
}
