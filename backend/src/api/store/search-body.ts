import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const FIELDS = ["entity", "fields", "filters", "pagination", "search_options"]

/**
 * `POST /store/search` takes one query or `{ queries: [...] }`, and Medusa validates the two as a
 * union: a single query with a wrong top-level key was answered "Field 'queries' is required",
 * which names the form the sender did not use. This names what is wrong with the form they did.
 */
export function explainSearchBody(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = req.body as unknown
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    return next(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "A search is a JSON object: { entity, filters, pagination, search_options, fields } or { queries: [ … ] }.",
      ),
    )
  }
  if (!("queries" in body)) {
    const unknown = Object.keys(body).filter((key) => !FIELDS.includes(key))
    if (unknown.length) {
      return next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `A search does not take ${unknown.map((key) => `"${key}"`).join(", ")}: its fields are ${FIELDS.join(", ")} (a page is pagination: { skip, take }).`,
        ),
      )
    }
  }
  next()
}
