import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"

type Input = { id: string; legal_type?: string; tax_id?: string | null; bio?: string | null; has_bio_translations: boolean }

/**
 * The rules that span fields, checked on the shop as it will be after the change: a company
 * keeps its VÖEN, and a translated bio needs the bio it translates.
 */
export const validateShopProfileStep = createStep("validate-shop-profile", async (input: Input, { container }) => {
  const needsCurrent = input.legal_type !== undefined || input.tax_id !== undefined || input.has_bio_translations
  if (!needsCurrent) return
  const current = await (container.resolve(CREATOR_MODULE) as CreatorModuleService).retrieveCreator(input.id)
  const after = <K extends "legal_type" | "tax_id" | "bio">(key: K) => (input[key] === undefined ? current[key] : input[key])
  if (after("legal_type") === "company" && !after("tax_id")) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "tax_id is required for a company (its 10-digit VÖEN).")
  }
  if (input.has_bio_translations && !after("bio")) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "bio_translations needs the bio itself too (the text in the base language): send bio with them.",
    )
  }
})
