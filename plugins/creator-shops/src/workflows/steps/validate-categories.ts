import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** Creators may only file listings under categories the operators made (and activated). */
export const validateCategoriesStep = createStep("validate-categories", async (input: { ids?: string[] }, { container }) => {
  const ids = [...new Set(input.ids ?? [])]
  if (!ids.length) return
  const categories = await container
    .resolve(Modules.PRODUCT)
    .listProductCategories({ id: ids, is_active: true, is_internal: false }, { select: ["id"] })
  const unknown = ids.filter((id) => !categories.some((category) => category.id === id))
  if (unknown.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Unknown category: ${unknown.join(", ")}. Pick one of the marketplace's categories.`,
    )
  }
})
