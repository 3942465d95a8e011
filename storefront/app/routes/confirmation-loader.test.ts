// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { shopRequestContext, startBackendStub, type StubCall } from "~/test/backend-stub"

const backend = await startBackendStub()
const { action, loader } = await import("./confirmation")
afterAll(() => backend.close())

const line = {
  id: "item_1",
  title: "Recording session",
  quantity: 1,
  total: 40,
  product_id: "prod_1",
  metadata: { booking: { hold_id: "bkg_1" } },
}
const order = { id: "order_1", display_id: 7, email: "buyer@example.az", currency_code: "azn", total: 40, status: "pending", items: [line] }
const group = { ...order, id: "ogrp_1", created_at: "2026-12-01T10:00:00Z", orders: [order] }
const booking = {
  id: "bkg_1",
  status: "confirmed",
  product_id: "prod_1",
  variant_id: "variant_1",
  starts_at: "2099-01-05T06:00:00Z",
  ends_at: "2099-01-05T08:00:00Z",
  resource: { name: "Sound studio", timezone: "Asia/Baku" },
  changeable_until: "2099-01-04T06:00:00Z",
  ics_url: "http://backend.test/bookings/bkg_1/ics?token=tok",
  token: "tok",
}

/**
 * A backend whose purchase is an account's, placed signed out: the purchase and its orders' bookings
 * answer only to the purchase's receipt, as the backend's own rule (docs/decisions/056).
 */
function accountPurchase({ method, path, query }: StubCall) {
  const withReceipt = query.get("receipt") === "rcpt_1"
  if (method === "GET" && path === "/store/order-groups/ogrp_1" && withReceipt) return { body: { order_group: group } }
  if (method === "GET" && path === "/store/orders/order_1/bookings" && withReceipt) return { body: { bookings: [booking] } }
  if (method === "GET" && path === "/store/listings") return { body: { listings: [] } }
  if (method === "POST" && path === "/store/bookings/bkg_1/cancel") return { body: { booking: { ...booking, status: "cancelled" } } }
  return undefined
}

const signedOutBuyer = () => shopRequestContext("en", { orders: ["ogrp_1"], receipts: { ogrp_1: "rcpt_1" } })

describe("the confirmation of a purchase placed signed out with an account's e-mail", () => {
  it("shows the buyer its bookings with their links, read with the purchase's receipt", async () => {
    backend.answer(accountPurchase)
    const { context } = await signedOutBuyer()
    const request = new Request("http://shop.test/en/orders/ogrp_1?group=1")
    const data = await loader({ request, context, params: { locale: "en", id: "ogrp_1" } } as never)
    expect(data.bookings).toEqual([
      expect.objectContaining({
        id: "bkg_1",
        ics_url: booking.ics_url,
        cancellable: true,
        reschedule: "/en/orders/ogrp_1/bookings/bkg_1/reschedule?group=1",
      }),
    ])
    expect(data.bookings[0]).not.toHaveProperty("token")
    const bookingCalls = backend.calls.filter((call) => call.path.endsWith("/bookings"))
    expect(bookingCalls.map((call) => call.query.get("receipt"))).toEqual(["rcpt_1"])
  })

  it("lets the buyer cancel a booking there, with the token read again on the server", async () => {
    backend.answer(accountPurchase)
    const { context } = await signedOutBuyer()
    const request = new Request("http://shop.test/en/orders/ogrp_1?group=1", {
      method: "POST",
      body: new URLSearchParams({ booking_id: "bkg_1" }),
    })
    const result = await action({ request, context, params: { locale: "en", id: "ogrp_1" } } as never)
    expect(result).toMatchObject({ data: { ok: true }, init: { status: 200 } })
    expect(backend.calls.find((call) => call.path === "/store/bookings/bkg_1/cancel")?.body).toEqual({ token: "tok" })
  })
})

describe("the purchase opened from the buyer's e-mail in another browser", () => {
  const load = async (url: string) => {
    const { shop, context } = await shopRequestContext("ru", {})
    const request = new Request(url)
    const outcome = await loader({ request, context, params: { locale: "ru", id: "ogrp_1" } } as never).catch((e: unknown) => e)
    return { shop, outcome }
  }

  it("opens with the receipt in the link, lists the bookings to move or cancel, and keeps the receipt for the purchase's other pages", async () => {
    backend.answer(accountPurchase)
    const { shop, outcome } = await load("http://shop.test/ru/orders/ogrp_1?group=1&receipt=rcpt_1")
    expect(outcome).toMatchObject({
      bookings: [
        expect.objectContaining({ id: "bkg_1", cancellable: true, reschedule: "/ru/orders/ogrp_1/bookings/bkg_1/reschedule?group=1" }),
      ],
    })
    expect(shop.session.get("orders")).toEqual(["ogrp_1"])
    expect(shop.session.get("receipts")).toEqual({ ogrp_1: "rcpt_1" })
  })

  it("answers 404 to a wrong receipt or none, and keeps nothing", async () => {
    backend.answer(accountPurchase)
    for (const url of ["http://shop.test/ru/orders/ogrp_1?group=1&receipt=forged", "http://shop.test/ru/orders/ogrp_1?group=1"]) {
      const { shop, outcome } = await load(url)
      expect(outcome).toMatchObject({ init: { status: 404 } })
      expect(shop.session.get("orders")).toBeUndefined()
    }
  })
})
