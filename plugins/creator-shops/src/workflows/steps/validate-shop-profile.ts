import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"

/** A company shop keeps its VÖEN: checked on the shop as it will be after the change. */
export const validateLegalDetailsStep = createStep(
  "validate-legal-details",
  async (input: { id: string; legal_type?: string; tax_id?: string | null }, { container }) => {
    if (input.legal_type === undefined && input.tax_id === undefined) return
    const current = await (container.resolve(CREATOR_MODULE) as CreatorModuleService).retrieveCreator(input.id)
    const legalType = input.legal_type ?? current.legal_type
    const taxId = input.tax_id === undefined ? current.tax_id : input.tax_id
    if (legalType === "company" && !taxId) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "tax_id is required for a company (its 10-digit VÖEN).")
    }
  },
)
