import type { MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"

/**
 * Medusa's error handler answers every CONFLICT with a sentence about idempotency keys; a buyer who
 * lost a slot to someone else needs to hear that, so these routes answer 409 themselves.
 */
export async function answerConflicts(res: MedusaResponse, work: () => Promise<void>) {
  try {
    await work()
  } catch (error) {
    if ((error as MedusaError)?.type !== MedusaError.Types.CONFLICT) throw error
    res.status(409).json({ type: "conflict", message: (error as Error).message })
  }
}
