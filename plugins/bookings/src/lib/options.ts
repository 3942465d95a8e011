import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const PLUGIN_NAME = "@creative-market/bookings"

export type BookingsOptions = {
  /** HMAC secret for the signed .ics and manage links */
  secret: string
  /** the backend's public URL, where .ics and feed links point */
  backend_url?: string
  /** the storefront, where manage links point */
  storefront_url?: string
  /** how long adding a slot to a cart holds it */
  hold_minutes?: number
}

const DEFAULTS = { backend_url: "http://localhost:9000", storefront_url: "http://localhost:3000", hold_minutes: 15 }

export type ResolvedOptions = BookingsOptions & typeof DEFAULTS

/** The options the backend registered this plugin with (medusa-config.ts). */
export function bookingsOptions(container: MedusaContainer): ResolvedOptions {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const entry = config.plugins.find((plugin) => (typeof plugin === "string" ? plugin : plugin.resolve) === PLUGIN_NAME)
  const options = (typeof entry === "object" ? entry.options : undefined) as Partial<BookingsOptions> | undefined
  if (!options?.secret) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${PLUGIN_NAME} needs a \`secret\` option in medusa-config.ts`)
  }
  return { ...DEFAULTS, ...options } as ResolvedOptions
}
