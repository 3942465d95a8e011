import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { approvedShops } from "../utils/actors"
import { ok } from "../utils/http"
import { openMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"
import { shippingZone } from "../utils/shipping"

/** A Europe region paying in EUR, and a zone shipping there from the location; returns the zone. */
async function europe(container: MedusaContainer, locationId: string) {
  await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["de", "fr"], payment_providers: ["pp_system_default"] }] },
  })
  const set = await container.resolve(Modules.FULFILLMENT).createFulfillmentSets({
    name: "Baku to Europe",
    type: "shipping",
    service_zones: [{ name: "Europe", geo_zones: ["de", "fr"].map((country_code) => ({ type: "country" as const, country_code })) }],
  })
  await container
    .resolve(ContainerRegistrationKeys.LINK)
    .create({ [Modules.STOCK_LOCATION]: { stock_location_id: locationId }, [Modules.FULFILLMENT]: { fulfillment_set_id: set.id } })
  return set.service_zones[0].id as string
}

// a shop's option must be priced in the currency its zone's buyers pay in (docs/decisions/043)
medusaSuite("delivery_zone_currencies", ({ api, getContainer }) => {
  const fx = {} as Record<string, any>
  beforeAll(async () => {
    const container = getContainer()
    const market = await openMarketplace(api, container)
    const { carpets } = await approvedShops(api, market.admin, ["carpets"])
    const home = await shippingZone(container, market.locationId)
    Object.assign(fx, { carpets, home, europe: await europe(container, market.locationId) })
  })
  const post = (path: string, body: unknown) => api.post(path, body, { ...fx.carpets.headers, ...ok })

  it("an option for the Europe zone without a EUR fee is refused naming EUR; with one it is made", async () => {
    const { data } = await api.get("/creator/shipping-options", fx.carpets.headers)
    expect(data.service_zones).toEqual([
      { id: fx.home, name: "Azerbaijan", currencies: ["azn"] },
      { id: fx.europe, name: "Europe", currencies: ["eur"] },
    ])
    const refused = await post("/creator/shipping-options", { name: "Parcel", prices: { azn: 50 }, service_zone_id: fx.europe })
    expect([refused.status, refused.data.message]).toEqual([
      400,
      "Buyers in the Europe zone pay in EUR: give this option a fee in EUR (prices.eur) to offer it there.",
    ])
    const made = await post("/creator/shipping-options", { name: "Parcel", prices: { azn: 50, eur: 30 }, service_zone_id: fx.europe })
    expect(made.status).toBe(201)
  })

  it("repricing a European option without EUR is refused, and its fees stay as they were", async () => {
    const { data } = await post("/creator/shipping-options", { name: "Parcel", prices: { azn: 50, eur: 30 }, service_zone_id: fx.europe })
    const refused = await post(`/creator/shipping-options/${data.shipping_option.id}`, { prices: { azn: 55 } })
    expect([refused.status, refused.data.message]).toEqual([
      400,
      "Buyers in the Europe zone pay in EUR: give this option a fee in EUR (prices.eur) to offer it there.",
    ])
    const list = await api.get("/creator/shipping-options", fx.carpets.headers)
    expect(list.data.shipping_options[0].prices).toEqual([
      { currency_code: "azn", amount: 50 },
      { currency_code: "eur", amount: 30 },
    ])
  })
})
