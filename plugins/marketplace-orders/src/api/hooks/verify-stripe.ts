import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { MARKETPLACE_ORDER_MODULE } from "../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../modules/marketplace-order/service"
import { updateStripeAccountWorkflow } from "../../workflows/update-stripe-account"

const PLUGIN = "@creative-market/marketplace-orders"

/** The signing secrets of this path's endpoints: the account's own, and the Connect endpoint's when it has its own. */
function webhookSecrets(req: MedusaRequest): string[] {
  const config = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE)
  const plugin = config.plugins.find((p: any) => (typeof p === "string" ? p : p.resolve) === PLUGIN) as any
  return [plugin?.options?.stripe_webhook_secret, plugin?.options?.stripe_connect_webhook_secret].filter(Boolean)
}

function verified(raw: Buffer, signature: string, secrets: string[]): Stripe.Event {
  let failure: unknown
  for (const secret of secrets) {
    try {
      return Stripe.webhooks.constructEvent(raw, signature, secret)
    } catch (error) {
      failure = error
    }
  }
  throw failure
}

/**
 * In front of Medusa's /hooks/payment/stripe_stripe (which answers 200 to anything and checks the
 * signature later, in a subscriber): a bad or missing signature answers 400 at once, and an event
 * id seen before answers 200 without reaching Medusa again, so a replay changes nothing.
 * `account.updated` (a shop's Connect account) is applied here and never reaches Medusa.
 */
export async function verifyStripeWebhook(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const secrets = webhookSecrets(req)
  if (!secrets.length) {
    res.status(404).json({ type: "not_found", message: "Stripe is not configured on this marketplace." })
    return
  }
  let event: Stripe.Event
  try {
    const raw = (req as any).rawBody as Buffer | undefined
    event = verified(raw ?? Buffer.from(""), req.get("stripe-signature") ?? "", secrets)
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
  if (event.type !== "account.updated") return next()
  // a Connect account's state is this plugin's, not Medusa's payment provider's
  const account = event.data.object as Stripe.Account
  try {
    await updateStripeAccountWorkflow(req.scope).run({
      input: {
        account_id: account.id,
        payouts_enabled: !!account.payouts_enabled,
        details_submitted: !!account.details_submitted,
        event_at: new Date(event.created * 1000),
      },
    })
  } catch (error) {
    // not applied: forget the event so Stripe's retry is not taken for a replay
    const [seen] = await service.listWebhookEvents({ provider: "stripe", event_id: event.id })
    if (seen) await service.deleteWebhookEvents(seen.id)
    throw error
  }
  res.status(200).json({ received: true })
}
