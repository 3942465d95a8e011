import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { z } from "@medusajs/framework/zod"

const count = (name: string) =>
  z
    .preprocess(
      // a route's own validator may already have turned the text into a number
      (value) => (typeof value === "number" ? String(value) : value),
      z
        .string({ error: `${name} must be given once, as a whole number such as 20.` })
        .regex(/^\d{1,9}$/, `${name} must be a whole number of 0 or more, such as 20.`),
    )
    .optional()

export const Paging = z.object({ limit: count("limit"), offset: count("offset") })

/**
 * Medusa's own list routes (`/store/products`, `/admin/orders`, …) pass a negative `limit` or
 * `offset` on to PostgreSQL, which refuses it as a 500. One check for every list route; a route's
 * own validator still applies its bounds afterwards.
 */
export function checkPaging(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  // every GET of the Store and Admin APIs passes here: most ask for no page at all
  if (req.query.limit === undefined && req.query.offset === undefined) return next()
  const parsed = Paging.safeParse({ limit: req.query.limit, offset: req.query.offset })
  if (!parsed.success) return next(new MedusaError(MedusaError.Types.INVALID_DATA, parsed.error.issues[0].message))
  next()
}
