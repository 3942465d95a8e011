import { MedusaError } from "@medusajs/framework/utils"

/**
 * The query or definition asks for something a provider cannot answer exactly.
 * INVALID_DATA, which Medusa answers with HTTP 400: the caller sent it, the
 * caller can fix it. One definition, re-exported by each provider's `errors.ts`,
 * so a check shared by both providers refuses the same way.
 */
export function invalid(message: string): never {
  throw new MedusaError(MedusaError.Types.INVALID_DATA, message)
}
