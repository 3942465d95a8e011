import type { LinkDefinition } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import {
  createRemoteLinkStep,
  createShippingOptionsWorkflow,
  createShippingProfilesWorkflow,
  updateProductsWorkflow,
} from "@medusajs/medusa/core-flows"
import { CREATOR_MODULE } from "@creative-market/creator-shops/modules/creator"
import { upsertTranslationsStep } from "@creative-market/creator-shops/workflows"
import { byLocale, type LocalizedText } from "@creative-market/creator-shops/utils/translations"
import { validateCreatorDeliveryStep } from "./steps/validate-creator-delivery"

export type DeliveryPrices = { azn: number; eur?: number; usd?: number }
export type CreateCreatorShippingOptionInput = {
  creator_id: string
  name: string
  /** the name in the store's other languages; Medusa's store routes answer it in the cart's language */
  translations?: { name?: LocalizedText }
  prices: DeliveryPrices
  service_zone_id?: string
}

export const toPriceInput = (prices: DeliveryPrices) =>
  Object.entries(prices)
    .filter(([, amount]) => amount !== undefined)
    .map(([currency_code, amount]) => ({ currency_code, amount: amount as number }))

/**
 * A shop's own delivery option: a Medusa shipping option (flat price per currency, offered in the
 * store) in a marketplace zone, under the shop's own shipping profile, linked to the shop. The
 * first one creates the profile and moves the shop's physical goods onto it (docs/decisions/041).
 */
export const createCreatorShippingOptionWorkflow = createWorkflow(
  "create-creator-shipping-option",
  (input: CreateCreatorShippingOptionInput) => {
    const delivery = validateCreatorDeliveryStep(
      transform({ input }, ({ input }) => ({ creator_id: input.creator_id, service_zone_id: input.service_zone_id, prices: input.prices })),
    )
    const created = when({ delivery }, ({ delivery }) => !delivery.shipping_profile_id).then(() =>
      createShippingProfilesWorkflow.runAsStep({
        input: transform({ delivery }, ({ delivery }) => ({ data: [{ name: delivery.profile_name!, type: "creator" }] })),
      }),
    )
    const profileId = transform({ delivery, created }, ({ delivery, created }) => delivery.shipping_profile_id ?? created![0].id)
    when({ delivery }, ({ delivery }) => delivery.product_ids.length > 0).then(() =>
      updateProductsWorkflow.runAsStep({
        input: transform({ delivery, profileId }, ({ delivery, profileId }) => ({
          selector: { id: delivery.product_ids },
          update: { shipping_profile_id: profileId },
        })),
      }),
    )
    const options = createShippingOptionsWorkflow.runAsStep({
      input: transform({ input, delivery, profileId }, ({ input, delivery, profileId }) => [
        {
          name: input.name,
          service_zone_id: delivery.service_zone_id,
          shipping_profile_id: profileId,
          provider_id: "manual_manual",
          price_type: "flat" as const,
          type: { label: input.name, description: "", code: "creator" },
          prices: toPriceInput(input.prices),
          rules: [
            { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
            { attribute: "is_return", value: "false", operator: "eq" as const },
          ],
        },
      ]),
    })
    createRemoteLinkStep(
      transform({ input, options }, ({ input, options }): LinkDefinition[] => [
        { [CREATOR_MODULE]: { creator_id: input.creator_id }, [Modules.FULFILLMENT]: { shipping_option_id: options[0].id } },
      ]),
    )
    upsertTranslationsStep(
      transform({ input, options }, ({ input, options }) => ({
        reference: "shipping_option",
        reference_id: options[0].id as string,
        translations: byLocale({ name: input.translations?.name }),
      })),
    )
    return new WorkflowResponse(transform({ options }, ({ options }) => ({ id: options[0].id as string })))
  },
)
