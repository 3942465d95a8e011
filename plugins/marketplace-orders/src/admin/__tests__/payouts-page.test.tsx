import { renderWithCache } from "@creative-market/admin-ui/test"
import { describe, expect, it } from "vitest"
import { payoutKeys } from "../hooks/payouts"
import type { Payout } from "../lib/types"
import MarketplacePage from "../routes/marketplace/page"

const payout = (fields: Partial<Payout>): Payout => ({
  id: "cpay_1",
  creator_id: "cre_1",
  creator: { id: "cre_1", name: "Quba Xalça Evi", handle: "guba-carpet-house" },
  currency_code: "azn",
  amount: 412.5,
  status: "proposed",
  provider: "manual",
  reference: null,
  approved_at: null,
  paid_at: null,
  created_at: "2026-12-01T06:00:00Z",
  ...fields,
})

const page = (status: Payout["status"], payouts: Payout[]) =>
  [payoutKeys.list({ status, limit: 20, offset: 0 }), { payouts, count: payouts.length, limit: 20, offset: 0 }] as const

describe("payouts page", () => {
  it("opens on the proposed payouts with creator, currency and amount, to approve or cancel", () => {
    const html = renderWithCache("/marketplace", "/marketplace", <MarketplacePage />, [page("proposed", [payout({})])])
    expect(html).toContain("Quba Xalça Evi")
    expect(html).toContain("@guba-carpet-house")
    expect(html).toMatch(/AZN\s412\.50/) // Intl puts a no-break space after the code
    expect(html).toMatch(/>Approve</)
    expect(html).toMatch(/>Cancel</)
    expect(html).not.toContain("Record bank transfer")
  })

  it("an approved payout offers to record the bank transfer, not to approve again", () => {
    const html = renderWithCache("/marketplace?status=approved", "/marketplace", <MarketplacePage />, [
      page("approved", [payout({ status: "approved", currency_code: "eur", amount: 58.2 })]),
    ])
    expect(html).toContain("€58.20")
    expect(html).toContain("Record bank transfer")
    expect(html).not.toMatch(/>Approve</)
  })

  it("an approved payout of a shop paid through Stripe Connect offers the Stripe transfer, not a bank reference", () => {
    const html = renderWithCache("/marketplace?status=approved", "/marketplace", <MarketplacePage />, [
      page("approved", [payout({ status: "approved", provider: "stripe-connect" })]),
    ])
    expect(html).toContain("Send Stripe transfer")
    expect(html).not.toContain("Record bank transfer")
  })

  it("a paid payout shows its transfer reference and no action", () => {
    const html = renderWithCache("/marketplace?status=paid", "/marketplace", <MarketplacePage />, [
      page("paid", [payout({ status: "paid", reference: "IBA-2026-11-30-0042" })]),
    ])
    expect(html).toContain("IBA-2026-11-30-0042")
    expect(html).not.toMatch(/>(Approve|Cancel|Record bank transfer)</)
  })
})
