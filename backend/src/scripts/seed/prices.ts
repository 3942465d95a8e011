import type { OptionValueSeed } from "./types"

/** Demo exchange rates: 1 EUR ≈ 1.9 AZN, 1 USD ≈ 1.7 AZN. */
export const AZN_PER_EUR = 1.9
export const AZN_PER_USD = 1.7

/** Rounds a converted price to what a shop would print: whole units, then steps of 5 and 10. */
export function roundNicely(amount: number): number {
  if (amount < 200) return Math.max(1, Math.round(amount))
  if (amount < 1000) return Math.round(amount / 5) * 5
  return Math.round(amount / 10) * 10
}

export type Price = { currency_code: "azn" | "eur" | "usd"; amount: number }

/** The three prices of a variant: AZN as given, EUR and USD given or converted. */
export function variantPrices(variant: Pick<OptionValueSeed, "azn" | "eur" | "usd">): Price[] {
  return [
    { currency_code: "azn", amount: variant.azn },
    { currency_code: "eur", amount: variant.eur ?? roundNicely(variant.azn / AZN_PER_EUR) },
    { currency_code: "usd", amount: variant.usd ?? roundNicely(variant.azn / AZN_PER_USD) },
  ]
}
