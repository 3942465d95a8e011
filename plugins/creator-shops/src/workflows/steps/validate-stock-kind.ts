import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** Stock and weight only make sense for goods that ship. */
export const validateStockKindStep = createStep(
  "validate-stock-kind",
  async (input: { kind: string; stock?: number; weight?: number | null }) => {
    if (input.kind !== "physical" && (input.stock !== undefined || input.weight != null)) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `stock and weight are only for physical goods; a ${input.kind} listing is never shipped.`,
      )
    }
  },
)
