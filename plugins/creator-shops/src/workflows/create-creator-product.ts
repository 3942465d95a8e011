import { createProductsWorkflow, createRemoteLinkStep, emitEventStep } from "@medusajs/medusa/core-flows"
import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createHook, createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { CREATOR_MODULE } from "../modules/creator"
import { LISTING_MODULE } from "../modules/listing"
import { ListingEvents } from "../modules/listing/types"
import type { CreatorProductInput } from "./types"
import { toProductInput } from "../utils/product-input"
import { byLocale } from "../utils/translations"
import { createListingStep } from "./steps/create-listing"
import { ensureProductTagsStep } from "./steps/ensure-product-tags"
import { recordModerationDecisionStep } from "./steps/record-moderation-decision"
import { resolveListingContextStep } from "./steps/resolve-listing-context"
import { resolveProductHandleStep } from "./steps/resolve-product-handle"
import { setVariantStockStep } from "./steps/set-variant-stock"
import { syncListingVisibility } from "./steps/sync-listing-visibility"
import { upsertTranslationsStep } from "./steps/upsert-translations"
import { validateCategoriesStep } from "./steps/validate-categories"

export type CreateCreatorProductInput = { creator_id: string; member_id: string; product: CreatorProductInput }

/**
 * A creator lists something: a Medusa product (draft) owned by the shop through a module link,
 * in the marketplace's sales channel, with its listing (kind, moderation, kind details),
 * translations and, for physical goods, stock. It reaches the store only once the creator
 * publishes it, the shop is approved and moderation (if on) passed.
 */
export const createCreatorProductWorkflow = createWorkflow("create-creator-product", (input: CreateCreatorProductInput) => {
  validateCategoriesStep(transform({ input }, ({ input }) => ({ ids: input.product.category_ids })))
  const context = resolveListingContextStep(transform({ input }, ({ input }) => ({ kind: input.product.kind })))
  const handle = resolveProductHandleStep(
    transform({ input }, ({ input }) => ({ handle: input.product.handle, title: input.product.title })),
  )
  const tagIds = ensureProductTagsStep(transform({ input }, ({ input }) => ({ values: input.product.tags })))
  // another plugin may ship this creator's goods under a profile of their own (marketplace-orders: a shop's own delivery)
  const setShippingProfile = createHook(
    "setShippingProfile",
    transform({ input }, ({ input }) => ({ creator_id: input.creator_id, kind: input.product.kind })),
  )
  const profile = setShippingProfile.getResult() as { shipping_profile_id?: string } | undefined
  const products = createProductsWorkflow.runAsStep({
    input: transform({ input, context, tagIds, handle, profile }, ({ input, context, tagIds, handle, profile }) => ({
      products: [
        toProductInput(
          { ...input.product, handle },
          { ...context, shipping_profile_id: profile?.shipping_profile_id ?? context.shipping_profile_id, tag_ids: tagIds },
        ),
      ],
    })),
  })
  const product = transform({ products }, ({ products }) => products[0])
  const listing = createListingStep(
    transform({ input, context }, ({ input, context }) => ({
      kind: input.product.kind,
      moderation_status: context.moderation_status,
      service: input.product.service,
      digital: input.product.digital,
    })),
  )
  createRemoteLinkStep(
    transform({ input, product, listing }, ({ input, product, listing }): LinkDefinition[] => [
      { [CREATOR_MODULE]: { creator_id: input.creator_id }, [Modules.PRODUCT]: { product_id: product.id } },
      { [LISTING_MODULE]: { listing_id: listing.id }, [Modules.PRODUCT]: { product_id: product.id } },
    ]),
  )
  upsertTranslationsStep(
    transform({ input, product }, ({ input, product }) => ({
      reference: "product",
      reference_id: product.id,
      translations: byLocale(input.product.translations ?? {}),
    })),
  )
  setVariantStockStep(
    transform({ input, product, context }, ({ input, product, context }) => ({
      location_id: context.location_id,
      stock:
        input.product.kind !== "physical"
          ? []
          : product.variants.map((variant: { id: string; title: string }) => ({
              variant_id: variant.id,
              quantity: input.product.variants.find((v) => v.title === variant.title)?.stock ?? 0,
            })),
    })),
  )
  when({ context }, ({ context }) => context.moderation_status === "pending").then(() => {
    recordModerationDecisionStep(
      transform({ input, listing }, ({ input, listing }) => ({
        listing_id: listing.id,
        status: "pending" as const,
        reason: "new listing",
        actor_type: "creator",
        actor_id: input.member_id,
      })),
    )
    emitEventStep({
      eventName: ListingEvents.SUBMITTED,
      data: transform({ listing, product }, ({ listing, product }) => ({ id: listing.id, product_id: product.id })),
    })
  })
  syncListingVisibility(transform({ product }, ({ product }) => ({ product_ids: [product.id] })))
  return new WorkflowResponse({ product, listing }, { hooks: [setShippingProfile] })
})
