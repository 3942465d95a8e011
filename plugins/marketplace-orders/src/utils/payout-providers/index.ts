import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import type { PayoutProviderId } from "../../modules/marketplace-order/models/payout-settings"
import { manualPayoutProvider } from "./manual"
import { stripeClient, type StripeOptions } from "./stripe-client"
import { StripeConnectPayoutProvider } from "./stripe-connect"
import type { PayoutProvider } from "./types"

export type { PayoutProvider, PayoutTransfer, PayoutTransferInput } from "./types"

const PLUGIN = "@creative-market/marketplace-orders"

/** This plugin's options as the backend's medusa-config gives them. */
export function pluginOptions(container: Pick<MedusaContainer, "resolve">): StripeOptions & { storefront_url?: string } {
  const config = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const plugin = config.plugins.find((p: any) => (typeof p === "string" ? p : p.resolve) === PLUGIN) as any
  return plugin?.options ?? {}
}

/** Stripe Connect, or a 400 when this marketplace has no Stripe secret key. */
export function stripeConnect(container: Pick<MedusaContainer, "resolve">): StripeConnectPayoutProvider {
  const stripe = stripeClient(pluginOptions(container))
  if (!stripe)
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Stripe Connect is not configured on this marketplace (STRIPE_API_KEY).")
  return new StripeConnectPayoutProvider(stripe)
}

export function payoutProvider(container: Pick<MedusaContainer, "resolve">, id: PayoutProviderId): PayoutProvider {
  return id === "stripe-connect" ? stripeConnect(container) : manualPayoutProvider
}
