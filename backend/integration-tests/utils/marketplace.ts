import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import {
  createApiKeysWorkflow,
  createRegionsWorkflow,
  createShippingProfilesWorkflow,
  createStockLocationsWorkflow,
  linkSalesChannelsToApiKeyWorkflow,
  linkSalesChannelsToStockLocationWorkflow,
} from "@medusajs/medusa/core-flows"
import { operator } from "./actors"

/**
 * The minimum marketplace a test needs: the store's default sales channel with a publishable
 * key and a stock location, currencies AZN/EUR/USD and an Azerbaijan region.
 */
export async function setUpMarketplace(container: MedusaContainer) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [store],
  } = await query.graph({ entity: "store", fields: ["id", "default_sales_channel_id"] })
  const salesChannelId = store.default_sales_channel_id
  await container.resolve(Modules.STORE).updateStores(store.id, {
    supported_currencies: [{ currency_code: "azn", is_default: true }, { currency_code: "eur" }, { currency_code: "usd" }],
  })
  const {
    result: [key],
  } = await createApiKeysWorkflow(container).run({
    input: { api_keys: [{ title: "test store", type: "publishable", created_by: "test" }] },
  })
  await linkSalesChannelsToApiKeyWorkflow(container).run({ input: { id: key.id, add: [salesChannelId] } })
  const {
    result: [location],
  } = await createStockLocationsWorkflow(container).run({ input: { locations: [{ name: "Baku" }] } })
  await linkSalesChannelsToStockLocationWorkflow(container).run({ input: { id: location.id, add: [salesChannelId] } })
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  if (!(await fulfillment.listShippingProfiles({ type: "default" })).length) {
    await createShippingProfilesWorkflow(container).run({ input: { data: [{ name: "Default", type: "default" }] } })
  }
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Azerbaijan", currency_code: "azn", countries: ["az"], payment_providers: ["pp_system_default"] }] },
  })
  return {
    salesChannelId,
    publishableKey: key.token,
    locationId: location.id,
    regionId: region.id,
    storeHeaders: { headers: { "x-publishable-api-key": key.token } },
  }
}

/** Where most specs start: the minimum marketplace and an operator's headers. */
export async function openMarketplace(api: AxiosInstance, container: MedusaContainer) {
  const admin = await operator(api, container)
  return { admin, ...(await setUpMarketplace(container)) }
}
