import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStockLocationsWorkflow, linkSalesChannelsToStockLocationWorkflow } from "@medusajs/medusa/core-flows"
import { MARKETS, STOCK_LOCATION } from "../data/markets"

const FULFILLMENT_PROVIDER = "manual_manual"
const FULFILLMENT_SET_NAME = `${STOCK_LOCATION.name} shipping`

/** The Baku stock location, selling through the marketplace channel and shipping with the manual provider. */
export async function ensureStockLocation(container: MedusaContainer, salesChannelId: string): Promise<string> {
  const locations = container.resolve(Modules.STOCK_LOCATION)
  const [existing] = await locations.listStockLocations({ name: STOCK_LOCATION.name })
  if (existing) return existing.id
  const { result } = await createStockLocationsWorkflow(container).run({ input: { locations: [STOCK_LOCATION] } })
  const locationId = result[0].id
  await container.resolve(ContainerRegistrationKeys.LINK).create({
    [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
    [Modules.FULFILLMENT]: { fulfillment_provider_id: FULFILLMENT_PROVIDER },
  })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: locationId, add: [salesChannelId] } })
  return locationId
}

/** Service zone ids by market key: one shipping fulfillment set at the location, one zone per market. */
export async function ensureServiceZones(container: MedusaContainer, locationId: string): Promise<Record<string, string>> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  let [set] = await fulfillment.listFulfillmentSets({ name: FULFILLMENT_SET_NAME }, { relations: ["service_zones"] })
  if (!set) {
    set = await fulfillment.createFulfillmentSets({
      name: FULFILLMENT_SET_NAME,
      type: "shipping",
      service_zones: MARKETS.map((market) => ({
        name: market.name.en,
        geo_zones: market.countries.map((country_code) => ({ type: "country" as const, country_code })),
      })),
    })
    await container.resolve(ContainerRegistrationKeys.LINK).create({
      [Modules.STOCK_LOCATION]: { stock_location_id: locationId },
      [Modules.FULFILLMENT]: { fulfillment_set_id: set.id },
    })
  }
  const byName = new Map(set.service_zones.map((zone) => [zone.name, zone.id]))
  return Object.fromEntries(MARKETS.map((market) => [market.key, byName.get(market.name.en)!]))
}
