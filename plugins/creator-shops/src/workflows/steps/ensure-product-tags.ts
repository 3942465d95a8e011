import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** Product tags are shared by all shops: reuse a tag with the same value, create the rest. */
export const ensureProductTagsStep = createStep(
  "ensure-product-tags",
  async (input: { values?: string[] }, { container }) => {
    const values = [...new Set((input.values ?? []).map((v) => v.trim()).filter(Boolean))]
    if (!values.length) return new StepResponse([] as string[], [] as string[])
    const products = container.resolve(Modules.PRODUCT)
    const existing = await products.listProductTags({ value: values })
    const missing = values.filter((value) => !existing.some((tag) => tag.value === value))
    const created = missing.length ? await products.createProductTags(missing.map((value) => ({ value }))) : []
    return new StepResponse(
      [...existing, ...created].map((tag) => tag.id),
      created.map((tag) => tag.id),
    )
  },
  async (createdIds, { container }) => {
    if (!createdIds?.length) return
    await container.resolve(Modules.PRODUCT).deleteProductTags(createdIds)
  },
)
