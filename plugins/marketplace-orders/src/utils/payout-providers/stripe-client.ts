import { MedusaError } from "@medusajs/framework/utils"
import Stripe from "stripe"

export type StripeOptions = {
  stripe_api_key?: string
  /** tests only: where the Stripe API is reached (a local stub), e.g. http://127.0.0.1:4010 */
  stripe_api_base?: string
}

/** The Stripe SDK configured from the plugin's options; null when no secret key is set. */
export function stripeClient(options: StripeOptions): Stripe | null {
  if (!options.stripe_api_key) return null
  const base = options.stripe_api_base ? new URL(options.stripe_api_base) : null
  return new Stripe(options.stripe_api_key, {
    maxNetworkRetries: 2,
    // under the pay workflow's lock: a slow Stripe fails the request, and the retry reuses its key
    timeout: 20_000,
    telemetry: false,
    ...(base && {
      host: base.hostname,
      port: base.port || (base.protocol === "http:" ? 80 : 443),
      protocol: base.protocol === "http:" ? "http" : "https",
    }),
  })
}

/** Stripe said no (a 4xx: no such account, transfers not enabled yet, not enough funds…): a 400 with its sentence. */
export function stripeRefusal(error: unknown, what: string): never {
  if (error instanceof Stripe.errors.StripeError && error.statusCode && error.statusCode < 500)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Stripe refused ${what}: ${error.message}`)
  throw error
}

/** Stripe counts money in the currency's smallest unit; the marketplace's currencies all have two decimals. */
const ZERO_DECIMAL = new Set([
  "bif",
  "clp",
  "djf",
  "gnf",
  "jpy",
  "kmf",
  "krw",
  "mga",
  "pyg",
  "rwf",
  "ugx",
  "vnd",
  "vuv",
  "xaf",
  "xof",
  "xpf",
])
export function toMinorUnits(amount: number, currency: string): number {
  return ZERO_DECIMAL.has(currency.toLowerCase()) ? Math.round(amount) : Math.round(amount * 100)
}
