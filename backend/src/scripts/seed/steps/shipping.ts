import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createShippingOptionsWorkflow, createShippingProfilesWorkflow } from "@medusajs/medusa/core-flows"
import { MARKETS, SHIPPING_TYPES } from "../data/markets"
import type { RegionIds } from "./regions"
import { saveTranslations, translationRows } from "./translations"

/** The profile physical goods ship under; digital goods and services have none, so they need no shipping. */
export async function ensureShippingProfile(container: MedusaContainer): Promise<string> {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const [existing] = await fulfillment.listShippingProfiles({ type: "default" })
  if (existing) return existing.id
  const { result } = await createShippingProfilesWorkflow(container).run({
    input: { data: [{ name: "Default Shipping Profile", type: "default" }] },
  })
  return result[0].id
}

type ShippingInput = { profileId: string; zones: Record<string, string>; regions: RegionIds }

/** Standard and express delivery in every market, priced in the market's currency. */
export async function ensureShippingOptions(container: MedusaContainer, { profileId, zones, regions }: ShippingInput) {
  const fulfillment = container.resolve(Modules.FULFILLMENT)
  const existing = await fulfillment.listShippingOptions(
    { service_zone: { id: Object.values(zones) } },
    { select: ["id", "name", "service_zone_id"], take: null },
  )
  const known = new Set(existing.map((option) => `${option.service_zone_id}:${option.name}`))
  const input = MARKETS.flatMap((market) =>
    (["standard", "express"] as const)
      .filter((kind) => !known.has(`${zones[market.key]}:${SHIPPING_TYPES[kind].label.en}`))
      .map((kind) => ({
        name: SHIPPING_TYPES[kind].label.en,
        price_type: "flat" as const,
        provider_id: "manual_manual",
        service_zone_id: zones[market.key],
        shipping_profile_id: profileId,
        type: { label: SHIPPING_TYPES[kind].label.en, description: SHIPPING_TYPES[kind].description, code: kind },
        prices: [
          { currency_code: market.currency_code, amount: market.shipping[kind] },
          { region_id: regions[market.key], amount: market.shipping[kind] },
        ],
        rules: [
          { attribute: "enabled_in_store", value: "true", operator: "eq" as const },
          { attribute: "is_return", value: "false", operator: "eq" as const },
        ],
      })),
  )
  if (input.length) await createShippingOptionsWorkflow(container).run({ input })
  const options = await fulfillment.listShippingOptions(
    { service_zone: { id: Object.values(zones) } },
    { select: ["id", "name"], take: null },
  )
  const labels = Object.values(SHIPPING_TYPES).map((type) => type.label)
  await saveTranslations(
    container,
    options.flatMap((option) => {
      const label = labels.find((candidate) => candidate.en === option.name)
      return label ? translationRows("shipping_option", option.id, { name: label }) : []
    }),
  )
}
