import { updateProductVariantsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { VariantUpdate } from "./types"
import { resolveListingContextStep } from "./steps/resolve-listing-context"
import { resolveProductListingStep } from "./steps/resolve-product-listing"
import { setVariantStockStep } from "./steps/set-variant-stock"
import { validateStockKindStep } from "./steps/validate-stock-kind"
import { validateVariantOfProductStep } from "./steps/validate-variant-of-product"
import { resubmitListing } from "./steps/resubmit-listing"
import { syncListingVisibility } from "./steps/sync-listing-visibility"

export type UpdateCreatorVariantInput = { product_id: string; member_id: string; variant_id: string; update: VariantUpdate }

/** A creator changes a variant's title, SKU, prices or stock. */
export const updateCreatorVariantWorkflow = createWorkflow("update-creator-variant", (input: UpdateCreatorVariantInput) => {
  validateVariantOfProductStep(transform({ input }, ({ input }) => ({ product_id: input.product_id, variant_id: input.variant_id })))
  const listing = resolveProductListingStep(transform({ input }, ({ input }) => ({ product_id: input.product_id })))
  validateStockKindStep(
    transform({ input, listing }, ({ input, listing }) => ({ kind: listing.kind, stock: input.update.stock, weight: input.update.weight })),
  )
  const context = resolveListingContextStep(transform({ listing }, ({ listing }) => ({ kind: listing.kind })))
  updateProductVariantsWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => {
      const { title, sku, prices, weight } = input.update
      const update = Object.fromEntries(Object.entries({ title, sku, prices, weight }).filter(([, value]) => value !== undefined))
      return { selector: { id: input.variant_id }, update }
    }),
  })
  setVariantStockStep(
    transform({ input, listing, context }, ({ input, listing, context }) => ({
      location_id: context.location_id,
      stock:
        listing.kind === "physical" && input.update.stock !== undefined
          ? [{ variant_id: input.variant_id, quantity: input.update.stock }]
          : [],
    })),
  )
  resubmitListing(
    transform({ input }, ({ input }) => ({ product_id: input.product_id, actor_id: input.member_id, reason: "variant changed" })),
  )
  syncListingVisibility(transform({ input }, ({ input }) => ({ product_ids: [input.product_id] }))).config({
    name: "sync-after-resubmit",
  })
  return new WorkflowResponse({ id: input.variant_id })
})
