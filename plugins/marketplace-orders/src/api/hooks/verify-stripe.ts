import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { MARKETPLACE_ORDER_MODULE } from "../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../modules/marketplace-order/service"

const PLUGIN = "@creative-market/marketplace-orders"

function webhookSecret(req: MedusaRequest): string | undefined {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const plugin = config.plugins.find((p: any) => (typeof p === "string" ? p : p.resolve) === PLUGIN) as any
  return plugin?.options?.stripe_webhook_secret
}

/**
 * In front of Medusa's /hooks/payment/stripe_stripe (which answers 200 to anything and checks the
 * signature later, in a subscriber): a bad or missing signature answers 400 at once, and an event
 * id seen before answers 200 without reaching Medusa again, so a replay changes nothing.
 */
export async function verifyStripeWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const secret = webhookSecret(req)
  if (!secret) {
    res.status(404).json({ type: "not_found", message: "Stripe is not configured on this marketplace." })
    return
  }
  let event: Stripe.Event
  try {
    const raw = (req as any).rawBody as Buffer | undefined
    event = Stripe.webhooks.constructEvent(raw ?? Buffer.from(""), req.get("stripe-signature") ?? "", secret)
  } catch (error) {
    res.status(400).json({ type: "invalid_data", message: `Webhook signature rejected: ${(error as Error).message}` })
    return
  }
  const service: MarketplaceOrderModuleService = req.scope.resolve(MARKETPLACE_ORDER_MODULE)
  try {
    await service.createWebhookEvents({ provider: "stripe", event_id: event.id, type: event.type })
  } catch {
    // the unique (provider, event_id) index refused it: Medusa already has this event
    const [seen] = await service.listWebhookEvents({ provider: "stripe", event_id: event.id })
    if (seen) {
      res.status(200).json({ received: true, duplicate: true })
      return
    }
    throw new Error(`could not record Stripe event ${event.id}`)
  }
  next()
}
