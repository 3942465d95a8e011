import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { ok } from "../utils/http"
import { mailsTo, ownMailDir } from "../utils/mail"
import { medusaSuite } from "../utils/medusa-suite"
import { openBowlAndPack, type BowlAndPack } from "../utils/purchases"

const mailDir = ownMailDir("refunds")

medusaSuite("creator_refunds", ({ api, getContainer }) => {
  let fx = {} as BowlAndPack
  beforeAll(async () => {
    fx = await openBowlAndPack(api, getContainer())
    await api.post("/admin/commission-rules", { scope: "global", type: "percentage", percentage: 10 }, fx.admin)
  })
  const marketplace = () => getContainer().resolve("marketplace_order")

  /** The payment status Medusa's Admin shows on an order's page. */
  const medusaPaymentStatus = async (orderId: string) =>
    (await api.get(`/admin/orders/${orderId}?fields=id,payment_status`, fx.admin)).data.order.payment_status

  const reserved = async (lineId: string) =>
    (await getContainer().resolve(Modules.INVENTORY).listReservationItems({ line_item_id: lineId })).reduce(
      (n: number, r: any) => n + Number(r.quantity),
      0,
    )

  async function written() {
    const [refunds, reversals, ledger, medusaRefunds] = await Promise.all([
      marketplace().listCreatorRefunds({}, { take: null }),
      marketplace().listCommissionReversals({}, { take: null }),
      marketplace().listLedgerEntries({}, { take: null }),
      getContainer().resolve(Modules.PAYMENT).listRefunds({}, { take: null }),
    ])
    return { refunds: refunds.length, reversals: reversals.length, ledger: ledger.length, medusa_refunds: medusaRefunds.length }
  }

  it("an operator refunds one unit of a line: the payment gives it back, the bowl goes back on sale, commission and earning are reversed in new rows, the buyer is told", async () => {
    const { store, admin, carpets, purchase, payment, capture } = fx
    const { group, bowls, packs, bowlLine } = await purchase("refund@example.az")
    await capture(group.id)
    expect(await reserved(bowlLine)).toBe(2)

    const { status, data } = await api.post(
      `/admin/marketplace/orders/${bowls.id}/refunds`,
      { line_item_id: bowlLine, quantity: 1, reason: "dented in transit" },
      admin,
    )
    expect(status).toBe(201)
    const noteOf = async (id: string) => (await marketplace().listCreatorRefunds({ id }))[0]?.note
    expect(await noteOf(data.refund.id)).toBe("dented in transit")
    expect(data.refund).toMatchObject({
      order_id: bowls.id,
      line_item_id: bowlLine,
      quantity: 1,
      amount: 20,
      currency_code: "azn",
      method: "refunded",
      commission_reversed: 2,
      earning_reversed: 18,
    })
    const paid = await payment(group.id)
    expect(paid.refunds.map((r: any) => Number(r.amount))).toEqual([20])
    expect(paid.refunds[0].metadata).toEqual({ creator_refund_ids: [data.refund.id] })
    expect(await reserved(bowlLine)).toBe(1)
    const shown = (await api.get(`/store/order-groups/${group.id}`, store)).data.order_group
    expect([shown.payment_status, shown.status]).toEqual(["partially_refunded", "placed"])
    expect(await medusaPaymentStatus(bowls.id)).toBe("partially_refunded")
    // each shop sees its own order's payment: the sound shop's pack was not refunded
    const creatorSees = async (shop: typeof carpets, orderId: string) =>
      (await api.get(`/creator/orders/${orderId}`, shop.headers)).data.order.payment_status
    expect(await creatorSees(carpets, bowls.id)).toBe("partially_refunded")
    expect(await creatorSees(fx.sounds, packs.id)).toBe("captured")

    const [commission] = await marketplace().listCommissionLines({ line_item_id: bowlLine })
    expect(Number(commission.amount)).toBe(4) // the line's commission is history: unchanged
    const reversals = await marketplace().listCommissionReversals({ line_item_id: bowlLine })
    expect(reversals.map((r: any) => [r.refund_id, Number(r.amount)])).toEqual([[data.refund.id, 2]])
    // the shop's own delivery fee (10) is earned too, and a line refund keeps it (docs/decisions/040)
    const balance = (await api.get("/creator/balance", carpets.headers)).data
    expect(balance.balances).toEqual([{ currency_code: "azn", earned: 46, held: 28, available: 0, paid: 0, reversed: 18 }])

    const [mail] = await mailsTo(mailDir, "refund@example.az", "order-refunded")
    expect(mail.text).toMatch(/20[.,]00/)

    // the rest of the line (one bowl) by default; it leaves nothing of an order not shipped, so the
    // delivery comes back with it and off the shop's earnings
    const rest = await api.post(`/admin/marketplace/orders/${bowls.id}/refunds`, { line_item_id: bowlLine }, admin)
    expect(rest.data.refund).toMatchObject({
      quantity: 1,
      amount: 30,
      delivery_amount: 10,
      commission_reversed: 2,
      earning_reversed: 18,
      delivery_earning_reversed: 10,
    })
    expect((await payment(group.id)).refunds.map((r: any) => Number(r.amount)).sort()).toEqual([20, 30])
    expect((await api.get("/creator/balance", carpets.headers)).data.balances[0]).toMatchObject({ earned: 46, held: 0, reversed: 46 })
    expect(await reserved(bowlLine)).toBe(0)
    expect((await api.get(`/store/order-groups/${group.id}`, store)).data.order_group.payment_status).toBe("partially_refunded") // the pack is still paid
    const more = await api.post(`/admin/marketplace/orders/${bowls.id}/refunds`, { line_item_id: bowlLine, amount: 1 }, { ...admin, ...ok })
    expect([more.status, more.data.message]).toEqual([400, '"Copper bowl" is already fully refunded.'])
  })

  it("negative, zero, over-refunds, unknown orders and lines answer a clear 4xx and write nothing", async () => {
    const { store, admin, purchase, capture } = fx
    const { group, bowls, bowlLine, packLine } = await purchase()
    await capture(group.id)
    const before = await written()
    const refund = (orderId: string, body: Record<string, unknown>) =>
      api.post(`/admin/marketplace/orders/${orderId}/refunds`, body, { ...admin, ...ok })
    const answers = await Promise.all([
      refund(bowls.id, { line_item_id: bowlLine, quantity: 0 }),
      refund(bowls.id, { line_item_id: bowlLine, amount: -5 }),
      refund(bowls.id, { line_item_id: bowlLine, amount: 0 }),
      refund(bowls.id, { line_item_id: bowlLine, amount: 1.234 }),
      refund(bowls.id, { line_item_id: bowlLine, quantity: 1, amount: 20 }),
      refund(bowls.id, { line_item_id: bowlLine, quantity: 1, extra: true }),
      refund(bowls.id, { line_item_id: bowlLine, quantity: 1, reason: "dented", note: "dented" }),
    ])
    expect(answers.map((a) => a.status)).toEqual([400, 400, 400, 400, 400, 400, 400])
    expect(answers[6].data.message).toMatch(/give the reason once, as reason/)
    expect(answers[1].data.message).toMatch(/'amount' too small/)

    const tooMany = await refund(bowls.id, { line_item_id: bowlLine, quantity: 3 })
    expect([tooMany.status, tooMany.data.message]).toEqual([400, 'Only 2 of 2 units of "Copper bowl" can still be refunded.'])
    const tooMuch = await refund(bowls.id, { line_item_id: bowlLine, amount: 40.01 })
    expect([tooMuch.status, tooMuch.data.message]).toEqual([400, 'At most 40.00 of "Copper bowl" can still be refunded.'])
    const unknown = await refund("order_unknown", { line_item_id: bowlLine, quantity: 1 })
    expect([unknown.status, unknown.data.message]).toEqual([404, "Order order_unknown was not found."])
    const foreignLine = await refund(bowls.id, { line_item_id: packLine, quantity: 1 })
    expect([foreignLine.status, foreignLine.data.message]).toEqual([404, `Line ${packLine} is not in order ${bowls.id}.`])
    expect((await api.post(`/admin/marketplace/orders/${bowls.id}/cancel`, { reason: "x" }, { ...admin, ...ok })).status).toBe(400)
    expect((await api.post("/admin/marketplace/orders/order_unknown/cancel", {}, { ...admin, ...ok })).status).toBe(404)
    expect((await api.post(`/admin/marketplace/orders/${bowls.id}/refunds`, { line_item_id: bowlLine }, { ...store, ...ok })).status).toBe(
      401,
    )

    expect(await written()).toEqual(before)
    expect(await reserved(bowlLine)).toBe(2)
  })

  it("if the payment provider fails, the refund is undone: no rows, the stock still held", async () => {
    const { admin, purchase, capture } = fx
    const { group, bowls, bowlLine } = await purchase()
    await capture(group.id)
    const before = await written()
    const db = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    // the database refuses Medusa's refund row: the failure happens in the last step, when the money would move
    await db.raw(`create or replace function refuse_refund() returns trigger language plpgsql as $$
      begin raise exception 'provider down'; end $$`)
    await db.raw(`create trigger refuse_refund before insert on "refund" for each row execute function refuse_refund()`)
    const failed = await api.post(
      `/admin/marketplace/orders/${bowls.id}/refunds`,
      { line_item_id: bowlLine, quantity: 1 },
      { ...admin, ...ok },
    )
    await db.raw(`drop trigger refuse_refund on "refund"`)
    expect(failed.status).toBeGreaterThanOrEqual(400)
    expect(await written()).toEqual(before)
    expect(await reserved(bowlLine)).toBe(2)
    expect((await marketplace().retrieveOrderGroup(group.id)).payment_status).toBe("captured") // as the capture left it

    const retried = await api.post(`/admin/marketplace/orders/${bowls.id}/refunds`, { line_item_id: bowlLine, quantity: 1 }, admin)
    expect(retried.data.refund.amount).toBe(20)
  })

  it("cancelling one creator's order gives back its lines and delivery, frees its stock and cancels it; the other creator's order stands", async () => {
    const { store, admin, carpets, purchase, payment, capture } = fx
    const { group, bowls, packs, bowlLine } = await purchase("cancel@example.az")
    await capture(group.id)
    const { data } = await api.post(`/admin/marketplace/orders/${bowls.id}/cancel`, { note: "out of copper" }, admin)
    expect(data.cancellation).toEqual({ order_id: bowls.id, status: "canceled", amount: 50, currency_code: "azn", method: "refunded" })
    expect((await payment(group.id)).refunds.map((r: any) => Number(r.amount))).toEqual([50])
    expect(await reserved(bowlLine)).toBe(0)
    const refunds = await marketplace().listCreatorRefunds({ order_id: bowls.id })
    expect(refunds.map((r: any) => [r.line_item_id, Number(r.amount), r.note]).sort()).toEqual(
      [
        [bowlLine, 40, "out of copper"],
        [null, 10, "out of copper"],
      ].sort(),
    )
    const { data: after } = await api.get(`/store/order-groups/${group.id}`, store)
    const status = Object.fromEntries(after.order_group.orders.map((o: any) => [o.id, o.status]))
    expect(status).toEqual({ [bowls.id]: "canceled", [packs.id]: "pending" })
    // the lines' earnings and the shop's own delivery fee are reversed with them
    expect((await api.get("/creator/balance", carpets.headers)).data.balances[0]).toMatchObject({ earned: 46, reversed: 46 })
    await mailsTo(mailDir, "cancel@example.az", "order-canceled")

    const twice = await api.post(`/admin/marketplace/orders/${bowls.id}/cancel`, {}, { ...admin, ...ok })
    expect([twice.status, twice.data.message]).toEqual([400, "This order is already cancelled."])
    const refundAfter = await api.post(`/admin/marketplace/orders/${bowls.id}/refunds`, { line_item_id: bowlLine }, { ...admin, ...ok })
    expect(refundAfter.status).toBe(400)
  })

  it("a shipped order cannot be cancelled, but its lines can still be refunded", async () => {
    const { admin, carpets, purchase, capture } = fx
    const { group, bowls, bowlLine } = await purchase()
    await capture(group.id)
    await api.post(`/creator/orders/${bowls.id}/fulfillments`, { carrier: "Azərpoçt", tracking_number: "AZ1" }, carpets.headers)
    const cancel = await api.post(`/admin/marketplace/orders/${bowls.id}/cancel`, {}, { ...admin, ...ok })
    expect([cancel.status, cancel.data.message]).toEqual([
      400,
      "This order was already shipped: refund its lines instead of cancelling it.",
    ])
    // `note`, the reason's older name, is still taken
    const { data } = await api.post(
      `/admin/marketplace/orders/${bowls.id}/refunds`,
      { line_item_id: bowlLine, quantity: 1, note: "lost by the carrier" },
      admin,
    )
    expect(data.refund.amount).toBe(20)
    expect((await marketplace().listCreatorRefunds({ id: data.refund.id }))[0]?.note).toBe("lost by the carrier")
    // all of a shipped order's lines refunded: the shop paid the carrier, so it keeps the delivery fee
    const rest = await api.post(`/admin/marketplace/orders/${bowls.id}/refunds`, { line_item_id: bowlLine }, admin)
    expect(rest.data.refund).toMatchObject({ amount: 20, delivery_amount: 0, delivery_earning_reversed: 0 })
    expect((await api.get("/creator/balance", carpets.headers)).data.balances[0]).toMatchObject({ earned: 46, reversed: 36 })
  })

  it("a payment only authorised is released, not refunded, and voided once the whole purchase was given back", async () => {
    const { store, admin, purchase, payment } = fx
    const { group, bowls, packs } = await purchase()
    const first = await api.post(`/admin/marketplace/orders/${packs.id}/cancel`, {}, admin)
    expect(first.data.cancellation).toMatchObject({ amount: 30, method: "released" })
    expect([await medusaPaymentStatus(packs.id), await medusaPaymentStatus(bowls.id)]).toEqual(["canceled", "authorized"])
    expect((await payment(group.id)).canceled_at).toBeNull()
    await api.post(`/admin/marketplace/orders/${bowls.id}/cancel`, {}, admin)
    const voided = await payment(group.id)
    expect([voided.canceled_at !== null, voided.refunds.length]).toEqual([true, 0])
    const shown = (await api.get(`/store/order-groups/${group.id}`, store)).data.order_group
    expect([shown.payment_status, shown.status]).toEqual(["canceled", "canceled"])
  })

  it("a cancelled booking refunds the rest of its order line once, however often the event comes; without a paid line nothing moves", async () => {
    const { purchase, payment, capture } = fx
    const { group, packs, packLine } = await purchase("booker@example.az")
    await capture(group.id)
    const bus = getContainer().resolve(Modules.EVENT_BUS)
    const cancelled = (id: string, line: string | null, refund: unknown) => ({
      name: "booking.cancelled",
      data: { id, order_id: packs.id, line_item_id: line, refund, cancelled_by: "buyer" },
    })
    await bus.emit(cancelled("book_none", null, null))
    await bus.emit(cancelled("book_free", packLine, { amount: 0, currency_code: "azn" }))
    await bus.emit(cancelled("book_1", packLine, { amount: 30, currency_code: "azn" }))
    await expect.poll(async () => (await payment(group.id)).refunds.length, { timeout: 10_000 }).toBe(1)
    await bus.emit(cancelled("book_1", packLine, { amount: 30, currency_code: "azn" }))
    await bus.emit(cancelled("book_1", packLine, { amount: 30, currency_code: "azn" }))
    await mailsTo(mailDir, "booker@example.az", "order-refunded")
    await new Promise((resolve) => setTimeout(resolve, 1500)) // the redeliveries' subscribers have run

    expect((await payment(group.id)).refunds.map((r: any) => Number(r.amount))).toEqual([30])
    const refunds = await marketplace().listCreatorRefunds({ order_id: packs.id })
    expect(refunds.map((r: any) => [r.line_item_id, r.quantity, Number(r.amount), r.idempotency_key])).toEqual([
      [packLine, 1, 30, "booking:book_1"],
    ])
    const ledger = await marketplace().listLedgerEntries({ order_id: packs.id, type: "reversed" })
    expect(ledger.map((e: any) => Number(e.amount))).toEqual([27])
  })
})
