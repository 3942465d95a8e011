import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"

/** Variant overrides may only name variants of the product itself. */
export const validateExportVariantsStep = createStep(
  "validate-export-variants",
  async (input: { product_id: string; variant_ids: string[] }, { container }) => {
    if (!input.variant_ids.length) return
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({ entity: "product", fields: ["id", "variants.id"], filters: { id: input.product_id } })
    if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${input.product_id} was not found.`)
    const own = new Set((data[0].variants ?? []).filter(Boolean).map((v: any) => v.id))
    const foreign = input.variant_ids.find((id) => !own.has(id))
    if (foreign) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `variants: ${foreign} is not a variant of this product; use the ids of its own variants.`,
      )
    }
  },
)
