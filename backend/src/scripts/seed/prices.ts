import { CURRENCIES, type Currency } from "../../markets"
import type { OptionValueSeed } from "./types"

/** Demo exchange rates: 1 EUR ≈ 1.9 AZN, 1 USD ≈ 1.7 AZN. */
export const AZN_PER_EUR = 1.9
export const AZN_PER_USD = 1.7
const AZN_PER: Record<Currency, number> = { azn: 1, eur: AZN_PER_EUR, usd: AZN_PER_USD }

/** Rounds a converted price to what a shop would print: whole units, then steps of 5 and 10. */
export function roundNicely(amount: number): number {
  if (amount < 200) return Math.max(1, Math.round(amount))
  if (amount < 1000) return Math.round(amount / 5) * 5
  return Math.round(amount / 10) * 10
}

export type Price = { currency_code: Currency; amount: number }

/** A variant's price in every currency: AZN as given, the others given or converted. */
export function variantPrices(variant: Pick<OptionValueSeed, Currency>): Price[] {
  return CURRENCIES.map((currency_code) => ({
    currency_code,
    amount: variant[currency_code] ?? roundNicely(variant.azn / AZN_PER[currency_code]),
  }))
}
