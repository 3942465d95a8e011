// Stripe is configured for this file's app (read when medusa-config loads, in beforeAll); its API is never called.
process.env.STRIPE_API_KEY = "sk_test_creative_market"
process.env.STRIPE_WEBHOOK_SECRET = "whsec_creative_market_test"

import { Modules } from "@medusajs/framework/utils"
import Stripe from "stripe"
import { medusaSuite } from "../utils/medusa-suite"

const HOOK = "/hooks/payment/stripe_stripe"
const ok = { validateStatus: () => true }

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
})
