import { proposeCreatorPayoutsWorkflow } from "@creative-market/marketplace-orders/workflows"
import { ok } from "../utils/http"
import { mailsTo, ownMailDir } from "../utils/mail"
import { medusaSuite } from "../utils/medusa-suite"
import { openBowlAndPack, type BowlAndPack } from "../utils/purchases"

const mailDir = ownMailDir("payouts")

medusaSuite("creator_payouts", ({ api, getContainer }) => {
  let fx = {} as BowlAndPack
  beforeAll(async () => {
    fx = await openBowlAndPack(api, getContainer())
    await api.post("/admin/commission-rules", { scope: "global", type: "percentage", percentage: 10 }, fx.admin)
  })
  const marketplace = () => getContainer().resolve("marketplace_order")

  it("a refund after the earnings were paid out leaves the creator a negative balance", async () => {
    const { admin, carpets, purchase, capture } = fx
    const { group, bowls, bowlLine } = await purchase()
    await capture(group.id)
    const earned = await marketplace().listLedgerEntries({ order_id: bowls.id, type: "earned" })
    // the holding period is over and the 46 (two bowls less commission, and the shop's own delivery) were paid out
    await marketplace().updateLedgerEntries(earned.map((e: any) => ({ id: e.id, available_at: new Date(Date.now() - 1000) })))
    await marketplace().createLedgerEntries({
      creator_id: carpets.creator.id,
      currency_code: "azn",
      type: "paid",
      amount: 46,
      available_at: new Date(),
    })
    await api.post(`/admin/marketplace/orders/${bowls.id}/refunds`, { line_item_id: bowlLine, quantity: 1 }, admin)
    const { data } = await api.get("/creator/balance", carpets.headers)
    expect(data.balances).toEqual([{ currency_code: "azn", earned: 46, held: 0, available: -18, paid: 46, reversed: 18 }])
  })

  it("payouts: proposed from the available balance, approved and paid by bank transfer; a refund after it leaves a negative balance that the next payout offsets", async () => {
    const { admin, carpets, sounds, purchase, capture } = fx
    /** the holding period of everything earned so far is over */
    const holdingOver = async () => {
      const earned = await marketplace().listLedgerEntries({ type: "earned" }, { take: null })
      await marketplace().updateLedgerEntries(earned.map((e: any) => ({ id: e.id, available_at: new Date(Date.now() - 1000) })))
    }
    const propose = async () => (await proposeCreatorPayoutsWorkflow(getContainer()).run({ input: {} })).result
    const carpetsPayout = (payouts: any[]) => payouts.find((p: any) => p.creator_id === carpets.creator.id)
    const balance = async () => (await api.get("/creator/balance", carpets.headers)).data.balances[0]

    const { group, bowls, bowlLine } = await purchase()
    await capture(group.id)
    expect(await propose()).toEqual([]) // still held
    await holdingOver()
    const first = carpetsPayout(await propose())
    // two bowls less commission (36) and the shop's own delivery fee (10): docs/decisions/040
    expect([Number(first.amount), first.status, first.currency_code]).toEqual([46, "proposed", "azn"])
    expect(carpetsPayout(await propose())).toBeUndefined() // one open payout per shop and currency

    const early = await api.post(`/admin/marketplace/payouts/${first.id}/pay`, { reference: "AZ-1" }, { ...admin, ...ok })
    expect([early.status, early.data.message]).toEqual([400, "Only an approved payout can be paid; this one is proposed."])
    const listed = await api.get("/admin/marketplace/payouts?status=proposed", admin)
    expect(listed.data.payouts.map((p: any) => p.id)).toContain(first.id)
    await api.post(`/admin/marketplace/payouts/${first.id}/approve`, {}, admin)
    // this marketplace has no Stripe key: shops cannot connect Stripe, payouts stay manual
    const connect = await api.post("/creator/payouts/stripe-connect/onboarding", {}, { ...carpets.headers, ...ok })
    expect([connect.status, connect.data.message]).toEqual([400, "Stripe Connect is not configured on this marketplace (STRIPE_API_KEY)."])
    expect((await api.post(`/admin/marketplace/payouts/${first.id}/pay`, {}, { ...admin, ...ok })).status).toBe(400) // no reference
    const paid = await api.post(`/admin/marketplace/payouts/${first.id}/pay`, { reference: "IBAN transfer 2026-118" }, admin)
    expect(paid.data.payout).toMatchObject({ status: "paid", amount: 46, reference: "IBAN transfer 2026-118" })
    expect(await balance()).toEqual({ currency_code: "azn", earned: 46, held: 0, available: 0, paid: 46, reversed: 0 })
    const [mail] = await mailsTo(mailDir, "carpets@example.az", "payout-paid")
    expect(mail.text).toContain("IBAN transfer 2026-118")

    // the buyer returns a bowl after the money went out: the shop owes 18
    await api.post(`/admin/marketplace/orders/${bowls.id}/refunds`, { line_item_id: bowlLine, quantity: 1 }, admin)
    expect(await balance()).toMatchObject({ available: -18, reversed: 18 })
    const { data: ledger } = await api.get("/creator/balance", carpets.headers)
    const rows = ledger.ledger.map((e: any) => [e.type, e.kind, e.amount, !!e.refund_id, e.payout_id])
    expect(rows.slice(0, 2)).toEqual([
      ["reversed", "line", 18, true, null],
      ["paid", "payout", 46, false, first.id],
    ])
    expect(rows.slice(2).sort()).toEqual([
      ["earned", "delivery", 10, false, null],
      ["earned", "line", 36, false, null],
    ])
    expect(carpetsPayout(await propose())).toBeUndefined()

    // the next sale (two bowls and their delivery, 46 earned) first pays back the 18
    await capture((await purchase()).group.id)
    await holdingOver()
    const next = carpetsPayout(await propose())
    expect(Number(next.amount)).toBe(28)
    const mine = await api.get("/creator/payouts", carpets.headers)
    expect(mine.data.payouts.map((p: any) => [p.amount, p.status])).toEqual([
      [28, "proposed"],
      [46, "paid"],
    ])
    expect((await api.get(`/creator/payouts/${next.id}`, carpets.headers)).data.payout.amount).toBe(28)
    // no Stripe key in this app: the studio offers no Connect button, the operator pays by bank transfer
    expect((await api.get("/creator/payout-settings", carpets.headers)).data.payout_settings).toEqual({
      provider: "manual",
      stripe_account_id: null,
      stripe_connect_configured: false,
      stripe_payouts_enabled: false,
      stripe_details_submitted: false,
    })
    expect((await api.get(`/creator/payouts/${next.id}`, { ...sounds.headers, ...ok })).status).toBe(404)

    // a refund after the proposal lowers the balance: the payout is now more than is available (the
    // last bowl of an order not shipped: its delivery fee is reversed with it, 18 + 10)
    await api.post(`/admin/marketplace/orders/${bowls.id}/refunds`, { line_item_id: bowlLine }, admin)
    const tooMuch = await api.post(`/admin/marketplace/payouts/${next.id}/approve`, {}, { ...admin, ...ok })
    expect([tooMuch.status, tooMuch.data.message]).toEqual([
      400,
      "This payout of 28.00 AZN is more than the available balance (0.00 AZN): cancel it and let the next proposal offset it.",
    ])
    expect((await api.post("/admin/marketplace/payouts/cpay_unknown/approve", {}, { ...admin, ...ok })).status).toBe(404)
    const dropped = await api.post(`/admin/marketplace/payouts/${next.id}/cancel`, { note: "refund after proposal" }, admin)
    expect(dropped.data.payout.status).toBe("canceled")
    const paidAgain = await api.post(`/admin/marketplace/payouts/${first.id}/cancel`, {}, { ...admin, ...ok })
    expect([paidAgain.status, paidAgain.data.message]).toEqual([400, "Only a payout not paid yet can be cancelled; this one is paid."])
    expect(carpetsPayout(await propose())).toBeUndefined() // nothing available now
  })
})
