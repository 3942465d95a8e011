import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

const medusaErrorHandler = errorHandler()

/** body-parser's failure for a body that is not JSON, or JSON other than an object or array (strict mode). */
type ParseFailure = { type: "entity.parse.failed"; body?: string; message: string }
const isParseFailure = (error: unknown): error is ParseFailure => (error as ParseFailure | null)?.type === "entity.parse.failed"

/** What to fix in a body that did not parse: a JSON.parse message alone ("Expected property name…") says neither. */
function unreadableBody(error: ParseFailure): string {
  const first = String(error.body ?? "").trimStart()[0]
  if (first === "{" || first === "[")
    return `The request body is not valid JSON (${error.message}): check its quotes, commas and brackets, and send it again.`
  return "The request body must be a JSON object ({ ... }) with the fields this route takes."
}

/**
 * Medusa's error handler, except for a JSON body that does not parse (a message that says so) and an address whose percent-encoding does not decode
 * (`/store/creators/a%ff`): Express throws a URIError while matching the route's params, before
 * any middleware of ours runs, and Medusa answered it as an opaque 500.
 */
export function answerErrors(error: unknown, req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  if (error instanceof URIError) {
    return medusaErrorHandler(
      new MedusaError(
        MedusaError.Types.INVALID_DATA,
        "The address is not valid: it holds a % that does not start a UTF-8 escape (such as %C3%BC for ü). Encode the text with encodeURIComponent and send again.",
      ),
      req,
      res,
      next,
    )
  }
  if (isParseFailure(error))
    return medusaErrorHandler(new MedusaError(MedusaError.Types.INVALID_DATA, unreadableBody(error)), req, res, next)
  return medusaErrorHandler(error, req, res, next)
}
