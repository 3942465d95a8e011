import { MedusaError } from "@medusajs/framework/utils"

export { invalid } from "../../lib/errors"

/**
 * Runs a call into the stock provider. Its refusals are NOT_ALLOWED and name
 * "the postgres search provider"; callers of this one get INVALID_DATA (the
 * same HTTP 400) and its own name, so bad input reads the same whichever check
 * caught it.
 */
export async function delegate<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run()
  } catch (error) {
    if (error instanceof MedusaError && error.type === MedusaError.Types.NOT_ALLOWED) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        error.message.replace(/the postgres search provider/gi, "the embedded search provider"),
      )
    }
    throw error
  }
}
