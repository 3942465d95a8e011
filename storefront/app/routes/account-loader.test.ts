// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { shopRequestContext, startBackendStub, type StubCall } from "~/test/backend-stub"

const backend = await startBackendStub()
const { loader } = await import("./account")
afterAll(() => backend.close())

const slot = (hold: string) => ({
  booking: { hold_id: hold, start_local: "2099-12-15T10:00", timezone: "Asia/Baku", resource_name: "Studio" },
})
const line = (id: string, hold: string) => ({
  id,
  title: "Recording session",
  quantity: 1,
  total: 50,
  product_id: "prod_1",
  metadata: slot(hold),
})
const order = (id: string, status: string, items: ReturnType<typeof line>[]) => ({
  id,
  display_id: 1,
  email: "buyer@example.az",
  currency_code: "azn",
  total: 50,
  status,
  created_at: "2099-12-01T10:00:00Z",
  items,
})
const booking = (id: string, status: string, changeableUntil: string) => ({
  id,
  status,
  product_id: "prod_1",
  variant_id: "variant_1",
  starts_at: "2099-12-15T06:00:00Z",
  ends_at: "2099-12-15T07:00:00Z",
  resource: { name: "Studio", timezone: "Asia/Baku" },
  changeable_until: changeableUntil,
  ics_url: "http://backend.test/ics",
  token: "tok",
})
const groups = [
  {
    ...order("ogrp_1", "placed", []),
    orders: [order("order_1", "pending", [line("item_cancelled", "bkg_1"), line("item_live", "bkg_2")])],
  },
  { ...order("ogrp_2", "placed", []), orders: [order("order_2", "pending", [line("item_closed", "bkg_3")])] },
  // the bookings route does not answer for it: the order's own status tells
  { ...order("ogrp_3", "placed", []), orders: [order("order_3", "canceled", [line("item_order_cancelled", "bkg_4")])] },
]

function account({ method, path }: StubCall) {
  if (method !== "GET") return undefined
  if (path === "/store/customers/me")
    return {
      body: {
        customer: {
          id: "cus_1",
          email: "buyer@example.az",
          addresses: [
            { id: "cuaddr_1", first_name: "Aysel", address_1: "Nizami 10", city: "Bakı", postal_code: "AZ1000", country_code: "az" },
          ],
        },
      },
    }
  if (path === "/store/customers/me/order-groups") return { body: { order_groups: groups } }
  if (path === "/store/customers/me/downloads") return { body: { downloads: [] } }
  if (path === "/store/orders/order_1/bookings")
    return {
      body: { bookings: [booking("bkg_1", "cancelled", "2099-12-14T06:00:00Z"), booking("bkg_2", "confirmed", "2099-12-14T06:00:00Z")] },
    }
  // confirmed, but the shop's window has closed
  if (path === "/store/orders/order_2/bookings") return { body: { bookings: [booking("bkg_3", "confirmed", "2020-01-01T00:00:00Z")] } }
  return undefined
}

async function signedIn(locale: "en" | "ru") {
  const { shop, context } = await shopRequestContext(locale, {})
  shop.token = "jwt_1"
  return context
}

describe("the buyer's account", () => {
  it("reads each booked line's state from its booking: a cancelled booking is cancelled though the line keeps its slot", async () => {
    backend.answer(account)
    const context = await signedIn("en")
    const data = await loader({ request: new Request("http://shop.test/en/account"), context, params: { locale: "en" } } as never)
    expect(data.bookings).toEqual({
      item_cancelled: "cancelled",
      item_live: "changeable",
      item_closed: "confirmed",
      item_order_cancelled: "cancelled",
    })
    const asked = backend.calls.filter((call) => call.path.endsWith("/bookings")).map((call) => call.path)
    expect(asked.sort()).toEqual(["/store/orders/order_1/bookings", "/store/orders/order_2/bookings", "/store/orders/order_3/bookings"])
  })

  it("names a saved address's country in the page's language, not by its code", async () => {
    backend.answer(account)
    const context = await signedIn("ru")
    const data = await loader({ request: new Request("http://shop.test/ru/account"), context, params: { locale: "ru" } } as never)
    expect(data.addresses).toEqual([expect.objectContaining({ id: "cuaddr_1", country: "Азербайджан" })])
  })
})
