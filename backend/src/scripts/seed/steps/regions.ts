import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createRegionsWorkflow, createTaxRegionsWorkflow, updateRegionsWorkflow } from "@medusajs/medusa/core-flows"
import { env } from "../../../env"
import { MARKETS, type MarketKey } from "../data/markets"
import { translationRows, saveTranslations } from "./translations"

export type RegionIds = Record<MarketKey, string>

/** Medusa's system provider always; Stripe in every region when STRIPE_API_KEY is set. */
const paymentProviders = () => ["pp_system_default", ...(env.STRIPE_API_KEY ? ["pp_stripe_stripe"] : [])]

/**
 * One region per market (Azerbaijan/AZN, Europe/EUR, International/USD), found by name on a
 * re-run; every run (each start) gives the regions the payment providers configured now.
 */
export async function ensureRegions(container: MedusaContainer): Promise<RegionIds> {
  const regions = container.resolve(Modules.REGION)
  const existing = await regions.listRegions({ name: { $in: MARKETS.map((market) => market.name.en) } })
  const byName = new Map(existing.map((region) => [region.name, region.id]))
  const missing = MARKETS.filter((market) => !byName.has(market.name.en))
  if (missing.length) {
    const { result } = await createRegionsWorkflow(container).run({
      input: {
        regions: missing.map((market) => ({
          name: market.name.en,
          currency_code: market.currency_code,
          countries: market.countries,
          payment_providers: paymentProviders(),
          automatic_taxes: true,
          // like the products' prices (the store's currencies): a delivery shown at 5 AZN costs 5 AZN
          is_tax_inclusive: true,
        })),
      },
    })
    result.forEach((region) => byName.set(region.name, region.id))
  }
  if (env.STRIPE_API_KEY && existing.length) {
    await updateRegionsWorkflow(container).run({
      input: { selector: { id: existing.map((region) => region.id) }, update: { payment_providers: paymentProviders() } },
    })
  }
  const ids = Object.fromEntries(MARKETS.map((market) => [market.key, byName.get(market.name.en)!])) as RegionIds
  await saveTranslations(
    container,
    MARKETS.flatMap((market) => translationRows("region", ids[market.key], { name: market.name })),
  )
  return ids
}

/** A tax region per country; Azerbaijan charges 18% ƏDV, included in the price. */
export async function ensureTaxRegions(container: MedusaContainer) {
  const tax = container.resolve(Modules.TAX)
  const countries = MARKETS.flatMap((market) => market.countries.map((country) => ({ country, vat: market.vat })))
  const existing = await tax.listTaxRegions(
    { country_code: countries.map(({ country }) => country) },
    { select: ["country_code", "parent_id"], take: null },
  )
  const known = new Set(existing.filter((region) => !region.parent_id).map((region) => region.country_code))
  const missing = countries.filter(({ country }) => !known.has(country))
  if (!missing.length) return
  await createTaxRegionsWorkflow(container).run({
    input: missing.map(({ country, vat }) => ({
      country_code: country,
      provider_id: "tp_system",
      ...(vat ? { default_tax_rate: vat } : {}),
    })),
  })
}
