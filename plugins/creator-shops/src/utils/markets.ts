import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { PLUGIN_NAME, pluginOptions } from "./options"

/** The store's currencies (lower-case ISO 4217) and locales (the first is the stored text). */
export type Markets = { currencies: string[]; locales: string[] }

/** The `markets` option the backend registered this plugin with (medusa-config.ts). */
export function marketsOf(container: MedusaContainer): Markets {
  const { markets } = pluginOptions(container)
  if (!markets?.currencies?.length || !markets?.locales?.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${PLUGIN_NAME} needs a \`markets: { currencies, locales }\` option in medusa-config.ts`,
    )
  }
  return markets
}

/** A schema that depends on the markets, built once per markets option rather than per request. */
export function forMarkets<T>(build: (markets: Markets) => T): (markets: Markets) => T {
  const built = new WeakMap<Markets, T>()
  return (markets) => {
    if (!built.has(markets)) built.set(markets, build(markets))
    return built.get(markets)!
  }
}
