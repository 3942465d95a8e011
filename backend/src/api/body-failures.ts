/** body-parser's (and zlib's) failure to read a request body: http-errors with a `type`, or a zlib `code`. */
type BodyFailure = { type?: string; code?: string; status?: number; body?: string; limit?: number; message: string }

const asFailure = (error: unknown): BodyFailure | null =>
  error && typeof error === "object" && typeof (error as BodyFailure).status === "number" ? (error as BodyFailure) : null

/** What to fix in a body that did not parse: a JSON.parse message alone ("Expected property name…") says neither. */
function unparsed(error: BodyFailure): string {
  const first = String(error.body ?? "").trimStart()[0]
  if (first === "{" || first === "[")
    return `The request body is not valid JSON (${error.message}): check its quotes, commas and brackets, and send it again.`
  return "The request body must be a JSON object ({ ... }) with the fields this route takes."
}

/**
 * A sentence that says what to change for a body body-parser could not read, or null for any
 * other error. Its own words ("request entity too large", "incorrect header check") name neither
 * the body nor the fix. The status (400, 413, 415) stays body-parser's.
 */
export function explainBodyFailure(error: unknown): string | null {
  const failure = asFailure(error)
  if (!failure) return null
  switch (failure.type) {
    case "entity.parse.failed":
      return unparsed(failure)
    case "entity.too.large":
      return `The request body is larger than the ${Math.round((failure.limit ?? 0) / 1024)} KB this route takes: send less. Files go to the upload routes as multipart/form-data.`
    case "charset.unsupported":
      return "The request body must be UTF-8: send it with Content-Type: application/json; charset=utf-8."
    case "encoding.unsupported":
      return "The request body's Content-Encoding is not one this API reads: send it uncompressed, or as gzip or deflate."
  }
  if (failure.code?.startsWith("Z_"))
    return "The request body is not compressed as its Content-Encoding says: send it uncompressed, or drop the Content-Encoding header."
  return null
}
