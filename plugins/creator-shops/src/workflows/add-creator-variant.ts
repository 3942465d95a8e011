import { createAndLinkProductOptionsToProductWorkflow, createProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { VariantInput } from "./types"
import { toVariantInput } from "../utils/product-input"
import { planOptionValuesStep } from "./steps/plan-option-values"
import { resolveListingContextStep } from "./steps/resolve-listing-context"
import { resolveProductListingStep } from "./steps/resolve-product-listing"
import { setVariantStockStep } from "./steps/set-variant-stock"
import { validateStockKindStep } from "./steps/validate-stock-kind"
import { resubmitListing } from "./steps/resubmit-listing"
import { syncListingVisibility } from "./steps/sync-listing-visibility"

export type AddCreatorVariantInput = { product_id: string; member_id: string; variant: VariantInput }

/** A creator adds a variant (a size, a licence tier, a package) with its prices and stock. */
export const addCreatorVariantWorkflow = createWorkflow("add-creator-variant", (input: AddCreatorVariantInput) => {
  const listing = resolveProductListingStep(transform({ input }, ({ input }) => ({ product_id: input.product_id })))
  validateStockKindStep(
    transform({ input, listing }, ({ input, listing }) => ({
      kind: listing.kind,
      stock: input.variant.stock,
      weight: input.variant.weight,
    })),
  )
  const context = resolveListingContextStep(transform({ listing }, ({ listing }) => ({ kind: listing.kind })))
  const { options, missing } = planOptionValuesStep(
    transform({ input, listing }, ({ input, listing }) => ({
      product_id: input.product_id,
      kind: listing.kind,
      title: input.variant.title,
      options: input.variant.options,
    })),
  )
  // new option values are added to the option and linked to this product (options may be shared in Medusa 2.21)
  when({ missing }, ({ missing }) => missing.length > 0).then(() => {
    createAndLinkProductOptionsToProductWorkflow.runAsStep({
      input: transform({ input, missing }, ({ input, missing }) => ({ product_id: input.product_id, update: missing })),
    })
  })
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
  resubmitListing(
    transform({ input }, ({ input }) => ({ product_id: input.product_id, actor_id: input.member_id, reason: "variant added" })),
  )
  syncListingVisibility(transform({ input }, ({ input }) => ({ product_ids: [input.product_id] }))).config({
    name: "sync-after-resubmit",
  })
  return new WorkflowResponse(variants[0])
})
