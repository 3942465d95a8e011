import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ListingKind } from "../../modules/listing/types"
import { DEFAULT_OPTION_TITLE } from "../../utils/product-input"

type Input = { product_id: string; kind: ListingKind; title: string; options?: Record<string, string> }

/**
 * A new variant's option map (defaulting to the kind's option, valued by its title) and the
 * option values the product does not have yet (a new licence tier, a new size). Writes nothing.
 */
export const planOptionValuesStep = createStep("plan-option-values", async (input: Input, { container }) => {
  const products = container.resolve(Modules.PRODUCT)
  const { options: productOptions = [] } = await products.retrieveProduct(input.product_id, { relations: ["options", "options.values"] })
  const wanted = input.options ?? { [productOptions[0]?.title ?? DEFAULT_OPTION_TITLE[input.kind]]: input.title }
  const missing: { product_option_id: string; add: { value: string }[] }[] = []
  for (const [title, value] of Object.entries(wanted)) {
    const option = productOptions.find((o) => o.title === title)
    if (!option) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `Unknown option "${title}": this product's options are ${productOptions.map((o) => `"${o.title}"`).join(", ") || "none"}.`,
      )
    }
    if (!(option.values ?? []).some((v) => v.value === value)) missing.push({ product_option_id: option.id, add: [{ value }] })
  }
  return new StepResponse({ options: wanted, missing })
})
