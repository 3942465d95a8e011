import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { manualPayoutProvider } from "./manual"
import { stripeClient, toMinorUnits } from "./stripe-client"

const payout = { id: "cpay_1", creator_id: "cr_1", currency_code: "azn", amount: 27 }

describe("payout providers", () => {
  it("manual: the bank transfer's reference is the payout's; without one, a 400 sentence", async () => {
    const input = { payout, account: null, idempotencyKey: payout.id, transferGroup: payout.id }
    expect(await manualPayoutProvider.createTransfer({ ...input, reference: "  IBAN 2026-7 " })).toEqual({ reference: "IBAN 2026-7" })
    const missing = await manualPayoutProvider.createTransfer({ ...input, reference: " " }).catch((e) => e)
    expect([missing instanceof MedusaError, missing.type]).toEqual([true, MedusaError.Types.INVALID_DATA])
  })

  it("counts money in Stripe's smallest unit, rounding away float noise", () => {
    expect(toMinorUnits(27, "azn")).toBe(2700)
    expect(toMinorUnits(0.1 + 0.2, "eur")).toBe(30)
    expect(toMinorUnits(1500, "JPY")).toBe(1500)
  })

  it("has no Stripe client without a secret key, and points the SDK at the configured base", () => {
    expect(stripeClient({})).toBeNull()
    const stripe = stripeClient({ stripe_api_key: "sk_test_x", stripe_api_base: "http://127.0.0.1:4010" }) as any
    expect([stripe.getApiField("host"), String(stripe.getApiField("port")), stripe.getApiField("protocol")]).toEqual([
      "127.0.0.1",
      "4010",
      "http",
    ])
  })
})
