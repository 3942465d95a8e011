// Stripe is configured for this file's app (read when medusa-config loads, in beforeAll); its API is never called.
process.env.STRIPE_API_KEY = "sk_test_creative_market"
process.env.STRIPE_WEBHOOK_SECRET = "whsec_creative_market_test"
process.env.STRIPE_CONNECT_WEBHOOK_SECRET = "whsec_creative_market_connect_test"

import { Modules } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { medusaSuite } from "../utils/medusa-suite"
import { ok } from "../utils/http"

const HOOK = "/hooks/payment/stripe_stripe"

medusaSuite("stripe_webhooks", ({ api, getContainer }) => {
  const event = (id: string) =>
    JSON.stringify({
      id,
      object: "event",
      type: "customer.created",
      created: 1765000000,
      data: { object: { id: "cus_1", object: "customer" } },
    })
  const post = (payload: string, signature?: string) =>
    api.post(HOOK, payload, {
      ...ok,
      headers: { "content-type": "application/json", ...(signature ? { "stripe-signature": signature } : {}) },
      transformRequest: [(data: string) => data],
    })
  const signed = (payload: string, secret = process.env.STRIPE_WEBHOOK_SECRET!) =>
    Stripe.webhooks.generateTestHeaderString({ payload, secret })

  it("Medusa's Stripe provider is registered beside the system provider", async () => {
    const providers = await getContainer().resolve(Modules.PAYMENT).listPaymentProviders({})
    expect(providers.map((p) => p.id)).toEqual(expect.arrayContaining(["pp_stripe_stripe", "pp_system_default"]))
  })

  it("a signed event reaches Medusa once; a replay is answered and ignored; a bad or missing signature is 400", async () => {
    const bus = getContainer().resolve(Modules.EVENT_BUS) as any
    const original = bus.emit
    const received: unknown[] = []
    bus.emit = async (message: any, options: any) => {
      for (const m of [message].flat()) if (m.name === "payment.webhook_received") received.push(m.data)
      return original.call(bus, message, options)
    }
    try {
      const payload = event("evt_good_1")
      const good = await post(payload, signed(payload))
      expect(good.status).toBe(200)
      expect(received).toHaveLength(1)

      const replay = await post(payload, signed(payload))
      expect([replay.status, replay.data]).toEqual([200, { received: true, duplicate: true }])
      expect(received).toHaveLength(1)

      const forged = event("evt_forged_1")
      const bad = await post(forged, signed(forged, "whsec_someone_else"))
      expect(bad.status).toBe(400)
      expect(bad.data.message).toMatch(/Webhook signature rejected/)
      const tampered = await post(event("evt_good_2"), signed(event("evt_other")))
      expect(tampered.status).toBe(400)
      expect((await post(event("evt_unsigned"))).status).toBe(400)
      expect(received).toHaveLength(1)
    } finally {
      bus.emit = original
    }
  })

  it("account.updated sets a shop's Connect account state once; a replay, an older event or a forged one changes nothing", async () => {
    const service = getContainer().resolve("marketplace_order")
    const settings = await service.createPayoutSettings({
      creator_id: "cre_connect_1",
      provider: "stripe-connect",
      stripe_account_id: "acct_connect_1",
    })
    const accountEvent = (id: string, created: number, account: Record<string, boolean>) =>
      JSON.stringify({
        id,
        object: "event",
        type: "account.updated",
        created,
        account: "acct_connect_1",
        data: { object: { id: "acct_connect_1", object: "account", ...account } },
      })
    const state = async () => {
      const row = await service.retrievePayoutSettings(settings.id)
      return [row.stripe_payouts_enabled, row.stripe_details_submitted]
    }
    expect(await state()).toEqual([false, false])

    const ready = accountEvent("evt_acct_1", 1765000100, { payouts_enabled: true, details_submitted: true })
    expect((await post(ready, signed(ready))).status).toBe(200)
    expect(await state()).toEqual([true, true])

    // Stripe pauses payouts (sent by the Connect endpoint, signed with its own secret)
    const paused = accountEvent("evt_acct_2", 1765000200, { payouts_enabled: false, details_submitted: true })
    expect((await post(paused, signed(paused, process.env.STRIPE_CONNECT_WEBHOOK_SECRET))).status).toBe(200)
    expect(await state()).toEqual([false, true])

    const replay = await post(ready, signed(ready))
    expect([replay.status, replay.data]).toEqual([200, { received: true, duplicate: true }])
    const late = accountEvent("evt_acct_0", 1765000050, { payouts_enabled: true, details_submitted: true })
    expect((await post(late, signed(late))).status).toBe(200)
    const forged = accountEvent("evt_acct_3", 1765000300, { payouts_enabled: true, details_submitted: true })
    expect((await post(forged, signed(forged, "whsec_someone_else"))).status).toBe(400)
    expect(await state()).toEqual([false, true])
  })
})
