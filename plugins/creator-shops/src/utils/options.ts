import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const PLUGIN_NAME = "@creative-market/creator-shops"

export type CreatorShopsOptions = {
  /** HMAC secret for invites and download links */
  secret: string
  /** the storefront, where invite links point */
  storefront_url?: string
  /** the Medusa backend's public URL, where download links point */
  backend_url?: string
  /** days an invite stays valid */
  invite_ttl_days?: number
  /** decoded-size limit for product images (decompression bombs) */
  max_image_pixels?: number
  /** the store's currencies and locales (see utils/markets.ts) */
  markets?: { currencies: string[]; locales: string[] }
}

const DEFAULTS = {
  storefront_url: "http://localhost:3000",
  backend_url: "http://localhost:9000",
  invite_ttl_days: 7,
  max_image_pixels: 40_000_000,
}

/** The options the backend registered this plugin with (medusa-config.ts). */
export function pluginOptions(container: MedusaContainer): CreatorShopsOptions & typeof DEFAULTS {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const entry = config.plugins.find((plugin) => (typeof plugin === "string" ? plugin : plugin.resolve) === PLUGIN_NAME)
  const options = (typeof entry === "object" ? entry.options : undefined) as Partial<CreatorShopsOptions> | undefined
  if (!options?.secret) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${PLUGIN_NAME} needs a \`secret\` option in medusa-config.ts`)
  }
  return { ...DEFAULTS, ...options } as CreatorShopsOptions & typeof DEFAULTS
}
