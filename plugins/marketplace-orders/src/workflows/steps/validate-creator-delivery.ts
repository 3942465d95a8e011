import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import {
  creatorPhysicalProductIds,
  creatorProfileName,
  creatorShippingProfileId,
  marketplaceServiceZones,
} from "../../utils/creator-delivery"
import { assertZonePrices } from "../../utils/zone-currencies"

export type ValidateCreatorDeliveryInput = { creator_id: string; service_zone_id?: string; prices: Record<string, number | undefined> }

/**
 * A new option of a shop's own goes in one of the marketplace's service zones (the home zone when
 * none is named), priced in every currency its buyers pay in; answers the zone, the shop's profile if it
 * has one, else the name for a new one and the physical products to move onto it.
 */
export const validateCreatorDeliveryStep = createStep(
  "validate-creator-delivery",
  async (input: ValidateCreatorDeliveryInput, { container }) => {
    const zones = await marketplaceServiceZones(container)
    if (!zones.length) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "The marketplace has no delivery zones yet: ask an operator.")
    }
    const zone = input.service_zone_id ? zones.find((z) => z.id === input.service_zone_id) : zones[0]
    if (!zone) {
      throw new MedusaError(
        MedusaError.Types.INVALID_DATA,
        `service_zone_id must be one of the marketplace's delivery zones: ${zones.map((z) => `${z.id} (${z.name})`).join(", ")}.`,
      )
    }
    assertZonePrices(zone, input.prices)
    const profileId = await creatorShippingProfileId(container, input.creator_id)
    return new StepResponse({
      service_zone_id: zone.id,
      shipping_profile_id: profileId,
      profile_name: profileId ? null : await creatorProfileName(container, input.creator_id),
      product_ids: profileId ? [] : await creatorPhysicalProductIds(container, input.creator_id),
    })
  },
)
