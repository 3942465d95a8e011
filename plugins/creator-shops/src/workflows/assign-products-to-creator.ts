import { createRemoteLinkStep } from "@medusajs/medusa/core-flows"
import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../modules/creator"
import { LISTING_MODULE } from "../modules/listing"
import type { ListingKind, ServiceDelivery } from "../modules/listing/types"
import { createListingsStep } from "./steps/create-listings"
import { syncListingVisibility } from "./steps/sync-listing-visibility"
import { validateProductsUnassignedStep } from "./steps/validate-products-unassigned"

export type AssignProductsToCreatorInput = {
  creator_id: string
  products: {
    product_id: string
    kind: ListingKind
    /** the creator's intent; defaults to true (the product was already on sale) */
    published?: boolean
    service?: { delivery: ServiceDelivery; lead_time_days: number; date_required?: boolean }
  }[]
}

/**
 * Gives existing products to a shop, as listings of their kind: how operators (and the demo
 * seed) bring a creator's catalogue in. The products' status then follows the shop's.
 */
export const assignProductsToCreatorWorkflow = createWorkflow("assign-products-to-creator", (input: AssignProductsToCreatorInput) => {
  validateProductsUnassignedStep(transform({ input }, ({ input }) => ({ product_ids: input.products.map((p) => p.product_id) })))
  const listings = createListingsStep(
    transform({ input }, ({ input }) =>
      input.products.map((p) => ({
        kind: p.kind,
        moderation_status: "approved" as const,
        published: p.published ?? true,
        service: p.service,
      })),
    ),
  )
  createRemoteLinkStep(
    transform({ input, listings }, ({ input, listings }): LinkDefinition[] =>
      input.products.flatMap((p, i): LinkDefinition[] => [
        { [CREATOR_MODULE]: { creator_id: input.creator_id }, [Modules.PRODUCT]: { product_id: p.product_id } },
        { [LISTING_MODULE]: { listing_id: listings[i].id }, [Modules.PRODUCT]: { product_id: p.product_id } },
      ]),
    ),
  )
  syncListingVisibility(transform({ input }, ({ input }) => ({ product_ids: input.products.map((p) => p.product_id) })))
  return new WorkflowResponse(listings)
})
