import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/** More than any one buyer orders of a handmade thing; far below PostgreSQL's integer limit. */
export const MAX_QUANTITY = 10_000

const problem = (name: string, value: unknown, least: number) => {
  if (typeof value !== "number") return null // not a number at all: Medusa's own validator names it
  if (Number.isInteger(value) && value >= least && value <= MAX_QUANTITY) return null
  const zero = least === 0 ? " (0 removes the line)" : ""
  return `${name} must be a whole number from ${least} to ${MAX_QUANTITY.toLocaleString("en")}${zero}.`
}

/**
 * Medusa's cart validators take any quantity above 0, so 3000000000 (or 1.5) reached the
 * inventory tables, which refused it as a 500. One bound for every cart route that takes a
 * quantity: `quantity` on a line, `items[].quantity` when a cart is created with lines.
 */
export function checkQuantity(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const body = (req.body ?? {}) as { quantity?: unknown; items?: unknown }
  // updating a line takes 0 to remove it; adding one takes at least 1
  const updating = "line_id" in (req.params ?? {})
  const messages = [problem("quantity", body.quantity, updating ? 0 : 1)]
  if (Array.isArray(body.items)) {
    body.items.forEach((item, index) => messages.push(problem(`items.${index}.quantity`, (item as { quantity?: unknown })?.quantity, 1)))
  }
  const message = messages.find(Boolean)
  if (message) return next(new MedusaError(MedusaError.Types.INVALID_DATA, message))
  next()
}
