import { updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { CreatorProductUpdate } from "./types"
import { byLocale } from "../utils/translations"
import { ensureProductTagsStep } from "./steps/ensure-product-tags"
import { resubmitListing } from "./steps/resubmit-listing"
import { resolveProductListingStep } from "./steps/resolve-product-listing"
import { syncListingVisibility } from "./steps/sync-listing-visibility"
import { updateListingStep } from "./steps/update-listing"
import { upsertTranslationsStep } from "./steps/upsert-translations"
import { validateCategoriesStep } from "./steps/validate-categories"
import { validateKindDetailsStep } from "./steps/validate-kind-details"

export type UpdateCreatorProductInput = { product_id: string; member_id: string; update: CreatorProductUpdate }

/** A creator edits a listing's text, categories, tags and kind details; with moderation on, the edit waits for an operator. */
export const updateCreatorProductWorkflow = createWorkflow("update-creator-product", (input: UpdateCreatorProductInput) => {
  const listing = resolveProductListingStep(transform({ input }, ({ input }) => ({ product_id: input.product_id })))
  validateKindDetailsStep(
    transform({ input, listing }, ({ input, listing }) => ({
      kind: listing.kind,
      service: input.update.service,
      digital: input.update.digital,
    })),
  )
  validateCategoriesStep(transform({ input }, ({ input }) => ({ ids: input.update.category_ids })))
  const tagIds = ensureProductTagsStep(transform({ input }, ({ input }) => ({ values: input.update.tags })))
  updateProductsWorkflow.runAsStep({
    input: transform({ input, tagIds }, ({ input, tagIds }) => {
      const { title, subtitle, description, category_ids, tags } = input.update
      const update = Object.fromEntries(
        Object.entries({ title, subtitle, description, category_ids, tag_ids: tags ? tagIds : undefined }).filter(
          ([, value]) => value !== undefined,
        ),
      )
      return { selector: { id: input.product_id }, update }
    }),
  })
  upsertTranslationsStep(
    transform({ input }, ({ input }) => ({
      reference: "product",
      reference_id: input.product_id,
      translations: byLocale(input.update.translations ?? {}),
    })),
  )
  updateListingStep(
    transform({ input, listing }, ({ input, listing }) => {
      const { service, digital } = input.update
      const changes = {
        service_delivery: service?.delivery,
        service_lead_time_days: service?.lead_time_days,
        service_date_required: service?.date_required,
        download_limit: digital?.download_limit,
        download_ttl_hours: digital?.download_ttl_hours,
      }
      return { id: listing.id, ...Object.fromEntries(Object.entries(changes).filter(([, value]) => value !== undefined)) }
    }),
  )
  resubmitListing(transform({ input }, ({ input }) => ({ product_id: input.product_id, actor_id: input.member_id, reason: "edited" })))
  syncListingVisibility(transform({ input }, ({ input }) => ({ product_ids: [input.product_id] })))
  return new WorkflowResponse({ id: input.product_id })
})
