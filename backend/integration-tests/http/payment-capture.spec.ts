import { Modules, PaymentEvents } from "@medusajs/framework/utils"
import { recordPurchaseCaptureWorkflow } from "@creative-market/marketplace-orders/workflows"
import type { Shop } from "../utils/actors"
import { ok, waitFor } from "../utils/http"
import { medusaSuite } from "../utils/medusa-suite"
import { openBowlAndPack, type BowlAndPack } from "../utils/purchases"

medusaSuite("payment_capture", ({ api, getContainer }) => {
  let fx = {} as BowlAndPack
  beforeAll(async () => {
    fx = await openBowlAndPack(api, getContainer())
  })

  /** Two bowls (40) with delivery (10) from the carpet shop and a sample pack (30): one authorised payment of 80. */
  async function purchase() {
    const { group, bowls, packs } = await fx.purchase()
    const payment = await fx.payment(group.id)
    return { group_id: group.id as string, bowls: bowls.id as string, packs: packs.id as string, payment_id: payment.id }
  }

  const groupStatus = async (groupId: string) => (await api.get(`/store/order-groups/${groupId}`, fx.store)).data.order_group.payment_status
  const untilGroupIs = (groupId: string, status: string) => waitFor(async () => (await groupStatus(groupId)) === status)
  const creatorSees = async (shop: Shop, orderId: string) =>
    (await api.get(`/creator/orders/${orderId}`, shop.headers)).data.order.payment_status as string

  /** What Medusa's Admin shows on the order's page: its payment status and its share [amount, captured, refunded, status]. */
  async function medusaShows(orderId: string) {
    const { data } = await api.get(`/admin/orders/${orderId}?fields=id,payment_status,*payment_collections`, fx.admin)
    const [share] = data.order.payment_collections
    return [data.order.payment_status, [share.amount, share.captured_amount, share.refunded_amount ?? 0, share.status]]
  }

  /** Every row a capture may write, with when it was last written. */
  async function rows(groupId: string, orderIds: string[]) {
    const group = await getContainer().resolve("marketplace_order").retrieveOrderGroup(groupId)
    const shares = await Promise.all(
      orderIds.map(
        async (id) => (await api.get(`/admin/orders/${id}?fields=id,*payment_collections`, fx.admin)).data.order.payment_collections,
      ),
    )
    return { group: [group.payment_status, group.updated_at], shares }
  }

  it("capturing the purchase's payment in the Admin API marks the purchase and each creator's order captured; a second delivery changes nothing", async () => {
    const { admin, carpets, sounds } = fx
    const { group_id, bowls, packs, payment_id } = await purchase()
    expect(await medusaShows(bowls)).toEqual(["authorized", [50, 0, 0, "authorized"]])

    const { status } = await api.post(`/admin/payments/${payment_id}/capture`, {}, admin)
    expect(status).toBe(200)
    await untilGroupIs(group_id, "captured")
    expect(await creatorSees(carpets, bowls)).toBe("captured")
    expect(await creatorSees(sounds, packs)).toBe("captured")
    expect(await medusaShows(bowls)).toEqual(["captured", [50, 50, 0, "completed"]])
    expect(await medusaShows(packs)).toEqual(["captured", [30, 30, 0, "completed"]])

    const before = await rows(group_id, [bowls, packs])
    // delivered again: Medusa emits it once more for an already captured payment, and the event bus may repeat it
    expect((await api.post(`/admin/payments/${payment_id}/capture`, {}, admin)).status).toBe(200)
    await getContainer()
      .resolve(Modules.EVENT_BUS)
      .emit({ name: PaymentEvents.CAPTURED, data: { id: payment_id } })
    const { result } = await recordPurchaseCaptureWorkflow(getContainer()).run({ input: { payment_id } })
    expect(result).toMatchObject({ payment_status: null, shares: [], over_captured: 0 })
    await new Promise((resolve) => setTimeout(resolve, 1000)) // the subscribers' runs of those deliveries
    expect(await rows(group_id, [bowls, packs])).toEqual(before)
  })

  it("a partial capture shares the money between the creators' orders in proportion, to the cent; capturing the rest completes them", async () => {
    const { admin, carpets } = fx
    const { group_id, bowls, packs, payment_id } = await purchase()

    await api.post(`/admin/payments/${payment_id}/capture`, { amount: 33.33 }, admin)
    await untilGroupIs(group_id, "partially_captured")
    // 33.33 × 50/80 = 20.83125 and 33.33 × 30/80 = 12.49875, rounded on the running total: 20.83 + 12.50
    expect(await medusaShows(bowls)).toEqual(["partially_captured", [50, 20.83, 0, "partially_captured"]])
    expect(await medusaShows(packs)).toEqual(["partially_captured", [30, 12.5, 0, "partially_captured"]])
    expect(await creatorSees(carpets, bowls)).toBe("partially_captured")

    await api.post(`/admin/payments/${payment_id}/capture`, { amount: 46.67 }, admin)
    await untilGroupIs(group_id, "captured")
    expect(await medusaShows(bowls)).toEqual(["captured", [50, 50, 0, "completed"]])
    expect(await medusaShows(packs)).toEqual(["captured", [30, 30, 0, "completed"]])
  })

  it("a creator's order cancelled before the capture keeps its cancelled share; the capture of the rest completes the purchase, and a later refund follows it", async () => {
    const { admin, carpets } = fx
    const { group_id, bowls, packs, payment_id } = await purchase()
    const { data } = await api.post(`/admin/marketplace/orders/${packs}/cancel`, {}, admin)
    expect(data.cancellation).toMatchObject({ amount: 30, method: "released" })

    // the authorised amount less the released refunds of the group (docs/decisions/022): more is refused, nothing moves
    for (const body of [{}, { amount: 80 }, { amount: 50.01 }]) {
      const refused = await api.post(`/admin/payments/${payment_id}/capture`, body, { ...admin, ...ok })
      expect([refused.status, refused.data.message]).toEqual([
        400,
        'Only 50.00 AZN of this purchase can still be captured: 30.00 AZN was given back to the buyer when orders were cancelled or refunded before the capture. Capture with "amount": 50.',
      ])
    }
    expect((await fx.payment(group_id)).captures).toEqual([])
    await api.post(`/admin/payments/${payment_id}/capture`, { amount: 50 }, admin)
    await untilGroupIs(group_id, "captured")
    expect(await medusaShows(bowls)).toEqual(["captured", [50, 50, 0, "completed"]])
    expect(await medusaShows(packs)).toEqual(["canceled", [30, 0, 0, "canceled"]])
    expect([await creatorSees(carpets, bowls), await creatorSees(fx.sounds, packs)]).toEqual(["captured", "canceled"])

    const bowlLine = (await api.get(`/creator/orders/${bowls}`, carpets.headers)).data.order.items[0].id
    await api.post(`/admin/marketplace/orders/${bowls}/refunds`, { line_item_id: bowlLine, quantity: 1 }, admin)
    expect(await groupStatus(group_id)).toBe("partially_refunded")
    expect(await medusaShows(bowls)).toEqual(["partially_refunded", [50, 50, 20, "completed"]])
    const more = await api.post(`/admin/payments/${payment_id}/capture`, { amount: 1 }, { ...admin, ...ok })
    expect([more.status, more.data.message]).toEqual([
      400,
      "Nothing of this purchase is left to capture: 30.00 AZN was given back to the buyer and the rest is captured.",
    ])
  })

  it("a capture that reached the payment before the purchase was written is recorded once the purchase is placed", async () => {
    const { carpets } = fx
    const { group_id, bowls, packs, payment_id } = await purchase()
    // the money is taken without its event reaching the purchase (a webhook that came while the checkout was writing)
    await getContainer().resolve(Modules.PAYMENT).capturePayment({ payment_id })
    expect(await groupStatus(group_id)).toBe("authorized")

    await getContainer()
      .resolve(Modules.EVENT_BUS)
      .emit({ name: "order_group.placed", data: { id: group_id } })
    await untilGroupIs(group_id, "captured")
    expect([await creatorSees(carpets, bowls), await creatorSees(fx.sounds, packs)]).toEqual(["captured", "captured"])
  })

  it("a payment that pays no purchase is left alone", async () => {
    const { admin } = fx
    const payments = getContainer().resolve(Modules.PAYMENT)
    const collection = await payments.createPaymentCollections({ currency_code: "azn", amount: 15 })
    const session = await payments.createPaymentSession(collection.id, {
      provider_id: "pp_system_default",
      currency_code: "azn",
      amount: 15,
      data: {},
    })
    const payment = await payments.authorizePaymentSession(session.id, {})
    const groups = async () =>
      (await getContainer().resolve("marketplace_order").listOrderGroups({}, { take: null })).map((g: any) => [
        g.id,
        g.payment_status,
        g.updated_at,
      ])
    const before = await groups()

    expect((await api.post(`/admin/payments/${payment.id}/capture`, {}, admin)).status).toBe(200)
    const { result } = await recordPurchaseCaptureWorkflow(getContainer()).run({ input: { payment_id: payment.id } })
    expect(result).toBeNull()
    expect(await groups()).toEqual(before)
  })
})
