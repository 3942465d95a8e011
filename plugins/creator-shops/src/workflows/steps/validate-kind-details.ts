import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** Service terms belong to services and download settings to digital listings, nothing else. */
export const validateKindDetailsStep = createStep(
  "validate-kind-details",
  async (input: { kind: string; service?: object; digital?: object }) => {
    if (input.service && input.kind !== "service") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `service is only for service listings, not ${input.kind}.`)
    }
    if (input.digital && input.kind !== "digital") {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, `digital is only for digital listings, not ${input.kind}.`)
    }
  },
)
