import { moneyText as money } from "./money-text"

export type ChosenDelivery = { name?: string | null; shipping_option_id?: string | null; amount?: unknown }
export type OfferedOption = {
  id: string
  prices?: ({ amount?: unknown; currency_code?: string | null; price_rules?: unknown[] | null } | null)[] | null
}

/**
 * Why a delivery the buyer chose can no longer be bought as chosen (null when every one can): its
 * option was deleted since, it is no longer priced in the cart's currency, or its flat fee changed
 * (a price with rules, like the marketplace's by region, is Medusa's to compute and not compared).
 */
export function staleDelivery(methods: ChosenDelivery[], options: OfferedOption[], currency: string): string | null {
  for (const method of methods) {
    const name = `"${method.name ?? method.shipping_option_id}"`
    const option = options.find((o) => o.id === method.shipping_option_id)
    if (!option) return `The delivery ${name} is no longer offered by its shop: choose a delivery again at checkout.`
    const prices = (option.prices ?? []).filter((p) => p?.currency_code?.toLowerCase() === currency.toLowerCase())
    if (!prices.length)
      return `The delivery ${name} is no longer offered in ${currency.toUpperCase()}: choose a delivery again at checkout.`
    const flat = prices.filter((p) => !p?.price_rules?.length).map((p) => Number(p!.amount))
    const chosen = Number(method.amount)
    if (flat.length === prices.length && !flat.includes(chosen)) {
      return `The delivery ${name} now costs ${money(flat[0]!, currency)} instead of ${money(chosen, currency)}: choose a delivery again at checkout.`
    }
  }
  return null
}
