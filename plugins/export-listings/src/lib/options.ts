import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const PLUGIN_NAME = "@creative-market/export-listings"

export type ExportListingsOptions = {
  /** mixed into partner token hashes */
  token_pepper: string
  /** where feed snapshots are written */
  feeds_dir?: string
  /** the storefront, where feed items link to */
  storefront_url?: string
  /** the backend's public URL (feed URLs; local images under /static) */
  backend_url?: string
  /** debounce of event-driven rebuilds in ms (0: off; the hourly job still runs) */
  rebuild_debounce_ms?: number
  /** the hourly rebuild of every partner's feed (default on; benchmarks turn it off so it does not run beside what they measure) */
  scheduled_builds?: boolean
  /** Redis (the scale-out profile): partners' rate-limit counters are shared by every process; unset, each process counts alone */
  redis_url?: string
}

/** The options the backend registered this plugin with (medusa-config.ts). */
export function pluginOptions(container: MedusaContainer) {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const entry = config.plugins.find((plugin) => (typeof plugin === "string" ? plugin : plugin.resolve) === PLUGIN_NAME)
  const options = (typeof entry === "object" ? entry.options : undefined) as Partial<ExportListingsOptions> | undefined
  if (!options?.token_pepper) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${PLUGIN_NAME} needs a \`token_pepper\` option in medusa-config.ts`)
  }
  return {
    storefront_url: "http://localhost:3000",
    backend_url: "http://localhost:9000",
    feeds_dir: path.join(process.cwd(), "feeds"),
    rebuild_debounce_ms: 5000,
    scheduled_builds: true,
    ...options,
  } as Required<ExportListingsOptions>
}
