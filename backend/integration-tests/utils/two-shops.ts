import type { MedusaContainer } from "@medusajs/framework/types"
import type { AxiosInstance } from "axios"
import { approvedShops } from "./actors"
import { azn } from "./http"
import { publishListing } from "./listings"
import { openMarketplace } from "./marketplace"
import { marketplaceShippingOption, shippingZone } from "./shipping"

/**
 * Two shops selling goods to ship: the carpet shop's Guba carpet (100, three in stock) and the
 * sound shop's Mugham on vinyl (40, three in stock), with the Azerbaijan zone and the
 * marketplace's own standard delivery (5) in it. Neither shop has a delivery of its own yet.
 */
export async function openTwoShippingShops(api: AxiosInstance, container: MedusaContainer) {
  const market = await openMarketplace(api, container)
  const { carpets, sounds } = await approvedShops(api, market.admin, ["carpets", "sounds"])
  const zone = await shippingZone(container, market.locationId)
  const standard = await marketplaceShippingOption(container, zone, 5)
  const carpet = await publishListing(api, carpets.headers, {
    kind: "physical",
    title: "Guba carpet",
    variants: [{ title: "1×1.5 m", prices: azn(100), stock: 3 }],
  })
  const vinyl = await publishListing(api, sounds.headers, {
    kind: "physical",
    title: "Mugham on vinyl",
    variants: [{ title: "LP", prices: azn(40), stock: 3 }],
  })
  return { market, carpets, sounds, zone, standard, carpet, vinyl }
}
