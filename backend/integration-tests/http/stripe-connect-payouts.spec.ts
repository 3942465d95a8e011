import { proposeCreatorPayoutsWorkflow } from "@creative-market/marketplace-orders/workflows"
import { Modules } from "@medusajs/framework/utils"
import { approvedShops, bearer, type Headers, type Shop } from "../utils/actors"
import { cartWith, checkoutGroup } from "../utils/checkout"
import { publishListing } from "../utils/listings"
import { openMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"
import { startStripeStub } from "../utils/stripe-stub"
import { ok } from "../utils/http"

// Stripe's API is this local stub: the app this file boots reaches it through the SDK's host/port/protocol
const stripe = await startStripeStub()
process.env.STRIPE_API_KEY = "sk_test_creative_market"
process.env.STRIPE_WEBHOOK_SECRET = "whsec_creative_market_test"
process.env.STRIPE_API_BASE = stripe.url
afterAll(() => stripe.close())

medusaSuite("stripe_connect_payouts", ({ api, getContainer }) => {
  let store: Headers, admin: Headers, regionId: string
  let sounds: Shop, type: Shop
  let packVariant: string

  beforeAll(async () => {
    const container = getContainer()
    ;({ admin, storeHeaders: store, regionId } = await openMarketplace(api, container))
    ;({ sounds, type } = await approvedShops(api, admin, ["sounds", "type"]))
    const pack = await publishListing(api, sounds.headers, {
      kind: "digital",
      title: "Mugham sample pack",
      variants: [{ title: "Personal", prices: [{ currency_code: "azn", amount: 30 }] }],
    })
    packVariant = pack.variants[0].id
    await api.post("/admin/commission-rules", { scope: "global", type: "percentage", percentage: 10 }, admin)
  })

  /** A staff member of the shop, signed in. */
  async function staffOf(creatorId: string, email: string) {
    const container = getContainer()
    const creators = container.resolve("creator")
    const member = await creators.createCreatorMembers({ email, name: "Helper" })
    await creators.createCreatorMemberships({ creator_id: creatorId, member_id: member.id, role: "staff" })
    const password = "quince-kettle-ribbon-1899"
    const auth = container.resolve(Modules.AUTH)
    const { authIdentity } = await auth.register("emailpass", { body: { email, password } } as any)
    await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { creator_id: member.id } })
    return bearer((await api.post("/auth/creator/emailpass", { email, password })).data.token)
  }

  const marketplace = () => getContainer().resolve("marketplace_order")
  const sent = (path: string) => stripe.requests.filter((r) => r.path === path)

  it("an owner connects the shop to Stripe: one Express account on the shop's payout settings, and an onboarding link each time", async () => {
    stripe.requests.length = 0
    const before = await api.get("/creator/payout-settings", sounds.headers)
    expect(before.data.payout_settings).toEqual({
      provider: "manual",
      stripe_account_id: null,
      stripe_payouts_enabled: false,
      stripe_details_submitted: false,
      stripe_connect_configured: true,
    })
    const first = await api.post("/creator/payouts/stripe-connect/onboarding", {}, sounds.headers)
    expect(first.status).toBe(201)
    expect(first.data.onboarding).toMatchObject({ account_id: expect.stringMatching(/^acct_/), url: expect.stringMatching(/^https:\/\//) })

    const [account] = sent("/v1/accounts")
    expect(account).toMatchObject({
      method: "POST",
      authorization: "Bearer sk_test_creative_market",
      content_type: "application/x-www-form-urlencoded",
      idempotency_key: `account-${sounds.creator.id}`,
    })
    expect(account.form).toMatchObject({
      type: "express",
      email: "sounds@example.az",
      "capabilities[transfers][requested]": "true",
      "metadata[creator_id]": sounds.creator.id,
    })
    const [link] = sent("/v1/account_links")
    expect(link.form).toMatchObject({
      account: first.data.onboarding.account_id,
      type: "account_onboarding",
      return_url: expect.stringMatching(/\/creator\/payouts\?stripe=return$/),
      refresh_url: expect.stringMatching(/\/creator\/payouts\?stripe=refresh$/),
    })
    const [settings] = await marketplace().listPayoutSettings({ creator_id: sounds.creator.id })
    expect([settings.provider, settings.stripe_account_id]).toEqual(["stripe-connect", first.data.onboarding.account_id])
    const after = await api.get("/creator/payout-settings", sounds.headers)
    expect(after.data.payout_settings).toEqual({
      provider: "stripe-connect",
      stripe_account_id: first.data.onboarding.account_id,
      stripe_payouts_enabled: false,
      stripe_details_submitted: false,
      stripe_connect_configured: true,
    })

    // coming back later for a new link: the same account, no second one
    const again = await api.post("/creator/payouts/stripe-connect/onboarding", {}, sounds.headers)
    expect(again.data.onboarding.account_id).toBe(first.data.onboarding.account_id)
    expect(sent("/v1/accounts")).toHaveLength(1)
    expect(sent("/v1/account_links")).toHaveLength(2)

    // where the money goes is the owners' call
    const staff = await staffOf(sounds.creator.id, "helper@example.az")
    const refused = await api.post("/creator/payouts/stripe-connect/onboarding", {}, { ...staff, ...ok })
    expect([refused.status, refused.data.message]).toEqual([403, "Only an owner of the shop can do this."])
    expect(sent("/v1/account_links")).toHaveLength(2)

    const bad = await api.post("/creator/payouts/stripe-connect/onboarding", { account: "acct_someone_else" }, { ...sounds.headers, ...ok })
    expect(bad.status).toBe(400)
  })

  it("an approved payout of a connected shop is one Stripe transfer keyed by the payout id; a lost answer and a replayed pay transfer nothing twice", async () => {
    stripe.requests.length = 0
    const { data } = await api.post("/creator/payouts/stripe-connect/onboarding", {}, sounds.headers)
    const cart = await cartWith(api, store, regionId, [{ variant_id: packVariant }])
    await checkoutGroup(api, store, cart.id)
    const earned = await marketplace().listLedgerEntries({ type: "earned" }, { take: null })
    await marketplace().updateLedgerEntries(earned.map((e: any) => ({ id: e.id, available_at: new Date(Date.now() - 1000) })))
    const {
      result: [payout],
    } = await proposeCreatorPayoutsWorkflow(getContainer()).run({ input: {} })
    expect([payout.creator_id, Number(payout.amount), payout.provider]).toEqual([sounds.creator.id, 27, "stripe-connect"])
    await api.post(`/admin/marketplace/payouts/${payout.id}/approve`, {}, admin)

    // a bank reference is for manual payouts only
    const withReference = await api.post(`/admin/marketplace/payouts/${payout.id}/pay`, { reference: "IBAN 1" }, { ...admin, ...ok })
    expect(withReference.status).toBe(400)
    expect(sent("/v1/transfers")).toHaveLength(0)

    // Stripe makes the transfer but its answer is lost: the SDK asks again with the same key
    stripe.failTransfers(1)
    const paid = await api.post(`/admin/marketplace/payouts/${payout.id}/pay`, {}, admin)
    const requests = sent("/v1/transfers")
    expect(requests).toHaveLength(2)
    expect(requests.map((r) => r.idempotency_key)).toEqual([payout.id, payout.id])
    expect(requests[0].form).toMatchObject({
      amount: "2700",
      currency: "azn",
      destination: data.onboarding.account_id,
      transfer_group: payout.id,
      "metadata[payout_id]": payout.id,
    })
    expect(stripe.transfers).toHaveLength(1)
    expect(paid.data.payout).toMatchObject({ status: "paid", provider: "stripe-connect", reference: stripe.transfers[0].id, amount: 27 })
    const ledger = await marketplace().listLedgerEntries({ payout_id: payout.id })
    expect(ledger.map((e: any) => [e.type, Number(e.amount)])).toEqual([["paid", 27]])

    // the operator presses pay again: refused before Stripe is asked
    const replay = await api.post(`/admin/marketplace/payouts/${payout.id}/pay`, {}, { ...admin, ...ok })
    expect([replay.status, replay.data.message]).toEqual([400, "Only an approved payout can be paid; this one is paid."])
    expect(sent("/v1/transfers")).toHaveLength(2)
    expect(stripe.transfers).toHaveLength(1)
  })

  it("a shop without Stripe stays manual: paying needs the bank reference, and nothing reaches Stripe", async () => {
    stripe.requests.length = 0
    const [payout] = await marketplace().createCreatorPayouts([
      { creator_id: type.creator.id, currency_code: "azn", amount: 0, status: "approved", provider: "manual" },
    ])
    const missing = await api.post(`/admin/marketplace/payouts/${payout.id}/pay`, {}, { ...admin, ...ok })
    expect([missing.status, missing.data.message]).toEqual([400, "A manual payout is paid by a bank transfer: give its reference."])
    const paid = await api.post(`/admin/marketplace/payouts/${payout.id}/pay`, { reference: "IBAN 2026-7" }, admin)
    expect(paid.data.payout).toMatchObject({ status: "paid", provider: "manual", reference: "IBAN 2026-7" })
    expect(stripe.requests).toHaveLength(0)
  })
})
