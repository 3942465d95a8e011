import { errorHandler, type MedusaNextFunction, type MedusaRequest, type MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { explainBodyFailure } from "./body-failures"

const medusaErrorHandler = errorHandler()

/**
 * Medusa's error handler, except for a body that could not be read (a message that says what to
 * fix, body-parser's status) and an address whose percent-encoding does not decode
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
  const explained = explainBodyFailure(error)
  if (explained) Object.assign(error as object, { message: explained })
  return medusaErrorHandler(error, req, res, next)
}
