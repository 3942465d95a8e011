import { createProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreatorCreateVariantType } from "../api/creator/products/validators"
import { toVariantInput } from "../utils/product-input"
import { ensureOptionValuesStep } from "./steps/ensure-option-values"
import { resolveListingContextStep } from "./steps/resolve-listing-context"
import { resolveProductListingStep } from "./steps/resolve-product-listing"
import { setVariantStockStep } from "./steps/set-variant-stock"
import { validateStockKindStep } from "./steps/validate-stock-kind"

export type AddCreatorVariantInput = { product_id: string; variant: CreatorCreateVariantType }

/** A creator adds a variant (a size, a licence tier, a package) with its prices and stock. */
export const addCreatorVariantWorkflow = createWorkflow("add-creator-variant", (input: AddCreatorVariantInput) => {
  const listing = resolveProductListingStep(transform({ input }, ({ input }) => ({ product_id: input.product_id })))
  validateStockKindStep(transform({ input, listing }, ({ input, listing }) => ({ kind: listing.kind, stock: input.variant.stock, weight: input.variant.weight })))
  const context = resolveListingContextStep(transform({ listing }, ({ listing }) => ({ kind: listing.kind })))
  const options = ensureOptionValuesStep(
    transform({ input, listing }, ({ input, listing }) => ({ product_id: input.product_id, kind: listing.kind, title: input.variant.title, options: input.variant.options })),
  )
  const variants = createProductVariantsWorkflow.runAsStep({
    input: transform({ input, listing, options }, ({ input, listing, options }) => ({
      product_variants: [{ ...toVariantInput(listing.kind, { ...input.variant, options }), product_id: input.product_id }],
    })),
  })
  setVariantStockStep(
    transform({ input, listing, variants, context }, ({ input, listing, variants, context }) => ({
      location_id: context.location_id,
      stock: listing.kind === "physical" ? [{ variant_id: variants[0].id, quantity: input.variant.stock ?? 0 }] : [],
    })),
  )
  return new WorkflowResponse(variants[0])
})
