import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createShippingOptionsWorkflow, createShippingProfilesWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"

/** Ships from the location to Azerbaijan with Medusa's manual provider; returns the service zone. */
export async function shippingZone(container: MedusaContainer, locationId: string) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const set = await fulfillment.createFulfillmentSets({
    name: `Baku shipping ${locationId}`,
    type: "shipping",
    service_zones: [{ name: "Azerbaijan", geo_zones: [{ type: "country", country_code: "az" }] }],
  })
  await link.create([
    { [Modules.STOCK_LOCATION]: { stock_location_id: locationId }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } },
    { [Modules.STOCK_LOCATION]: { stock_location_id: locationId }, [Modules.FULFILLMENT]: { fulfillment_provider_id: "manual_manual" } },
  ])
  return set.service_zones[0].id
}

/**
 * A delivery option of one creator's own (its own shipping profile, so a cart can hold one
 * method per creator), linked to the creator. Their physical products move to that profile
 * (`products`), as Medusa's fulfilment wants the option's profile to be the product's.
 */
export async function creatorShippingOption(
  container: MedusaContainer,
  zoneId: string,
  creatorId: string,
  amount: number,
  products: string[] = [],
  name = "Courier",
) {
  const {
    result: [profile],
  } = await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: `${name} ${creatorId}`, type: "default" }] } })
  const option = await flatOption(container, zoneId, profile.id, name, amount)
  await container
    .resolve(ContainerRegistrationKeys.LINK)
    .create({ creator: { creator_id: creatorId }, [Modules.FULFILLMENT]: { shipping_option_id: option.id } })
  if (products.length) {
    await updateProductsWorkflow(container).run({ input: { selector: { id: products }, update: { shipping_profile_id: profile.id } } })
  }
  return option.id as string
}

/** A flat-rate AZN delivery option of the manual provider, offered in the store, for a shipping profile. */
async function flatOption(container: MedusaContainer, zoneId: string, profileId: string, name: string, amount: number) {
  const {
    result: [option],
  } = await createShippingOptionsWorkflow(container).run({
    input: [
      {
        name,
        service_zone_id: zoneId,
        shipping_profile_id: profileId,
        provider_id: "manual_manual",
        price_type: "flat",
        type: { label: "Standard", description: "2-3 days", code: "standard" },
        prices: [{ currency_code: "azn", amount }],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" },
          { attribute: "is_return", value: "false", operator: "eq" },
        ],
      },
    ],
  })
  return option
}

/** The marketplace's own delivery ("Standard delivery", on Medusa's default profile); returns the option and that profile's id. */
export async function marketplaceShippingOption(container: MedusaContainer, zoneId: string, amount: number) {
  const [profile] = await container.resolve(Modules.FULFILLMENT).listShippingProfiles({ type: "default" })
  const option = await flatOption(container, zoneId, profile.id, "Standard delivery", amount)
  return { id: option.id as string, profileId: profile.id as string }
}
