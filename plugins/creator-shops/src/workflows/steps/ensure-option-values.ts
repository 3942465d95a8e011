import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { DEFAULT_OPTION_TITLE } from "../../utils/product-input"
import type { ListingKind } from "../../modules/listing/types"

type Input = { product_id: string; kind: ListingKind; title: string; options?: Record<string, string> }
type Undo = { id: string; values: string[] }[]

/**
 * A new variant's option values must exist on the product: add missing values (a new licence
 * tier, a new size). Returns the variant's option map, defaulting to the kind's option.
 */
export const ensureOptionValuesStep = createStep(
  "ensure-option-values",
  async (input: Input, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const { options: productOptions = [] } = await products.retrieveProduct(input.product_id, { relations: ["options", "options.values"] })
    const wanted = input.options ?? { [productOptions[0]?.title ?? DEFAULT_OPTION_TITLE[input.kind]]: input.title }
    const undo: Undo = []
    for (const [title, value] of Object.entries(wanted)) {
      const option = productOptions.find((o) => o.title === title)
      if (!option) {
        throw new MedusaError(MedusaError.Types.INVALID_DATA, `Unknown option "${title}": this product's options are ${productOptions.map((o) => `"${o.title}"`).join(", ") || "none"}.`)
      }
      const values = (option.values ?? []).map((v) => v.value)
      if (values.includes(value)) continue
      undo.push({ id: option.id, values })
      await products.updateProductOptions(option.id, { values: [...values, value] })
    }
    return new StepResponse(wanted, undo)
  },
  async (undo, { container }) => {
    if (!undo?.length) return
    const products = container.resolve(Modules.PRODUCT)
    for (const option of undo) await products.updateProductOptions(option.id, { values: option.values })
  },
)
