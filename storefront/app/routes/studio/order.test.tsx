import { act } from "react"
import { createRoutesStub } from "react-router"
import { describe, expect, it } from "vitest"
import type { CreatorOrder } from "~/lib/studio/types"
import { creatorOrder } from "~/test/creator-order"
import { json, mount, signedIn, studioBackend, until } from "~/test/studio-stub"
import StudioOrder, { action, loader } from "./order"

const member = {
  member: { id: "mem_1", email: "a@example.az", name: null },
  shops: [{ id: "cre_1", handle: "a", name: "A", status: "approved", role: "owner" }],
}
const order = creatorOrder({
  display_id: 7,
  total: 125,
  shipping_address: {
    first_name: "Aysel",
    last_name: "Məmmədova",
    company: null,
    address_1: "Nizami küçəsi 10",
    address_2: null,
    city: "Bakı",
    province: null,
    postal_code: "AZ1000",
    country_code: "az",
    phone: null,
  },
})
const backend = (answers: Record<string, (init: RequestInit) => Response>) =>
  studioBackend(answers, () => json({ message: "Order was not found in your shop." }, 404))

async function render(
  locale: string,
  given: { order: CreatorOrder; kinds: Record<string, string>; bookings?: Record<string, string> } = {
    order,
    kinds: { item_1: "physical" },
  },
) {
  const loaded = { bookings: {}, ...given }
  const Routes = createRoutesStub([
    {
      path: "/:locale/studio/orders/:id",
      Component: StudioOrder as never,
      loader: () => loaded,
      action: (async (args: { request: Request; params: Record<string, string> }) =>
        action({ ...args, request: await signedIn(args.request) } as never)) as never,
    },
  ])
  return mount(<Routes initialEntries={[`/${locale}/studio/orders/order_1`]} />, 'button[name="intent"]')
}

describe("an order in the studio", { timeout: 30_000 }, () => {
  it("another shop's or an unknown order is the studio's 404", async () => {
    backend({ "GET /creator/me": () => json(member) })
    const request = await signedIn(new Request("http://localhost/en/studio/orders/order_other"))
    const thrown = await loader({ request, params: { locale: "en", id: "order_other" } } as never).catch((error: unknown) => error)
    expect((thrown as { init?: { status?: number } }).init?.status).toBe(404)
  })

  it("asks for the carrier and the tracking number next to their fields, in Azerbaijani, before sending anything", async () => {
    const calls = backend({ "GET /creator/me": () => json(member), "GET /creator/orders/order_1": () => json({ order }) })
    const page = await render("az")
    expect(page.textContent).toContain("Nizami küçəsi 10")
    expect(page.querySelector("address")?.textContent).toContain("Azərbaycan") // the country named, not "AZ"
    await act(async () => page.querySelector<HTMLButtonElement>('button[value="ship"]')!.click())
    await until(page, '[role="alert"]')
    expect(page.querySelector("#f-carrier-error")?.textContent).toBe("Bunu doldurun.")
    expect(page.querySelector("#f-tracking_number-error")?.textContent).toBe("Bunu doldurun.")
    expect(calls.filter((c) => c.startsWith("POST"))).toEqual([])
  })

  it("says when the purchase's payment is not captured yet, so the creator can wait before shipping", async () => {
    const authorised = creatorOrder({ payment_status: "authorized" })
    expect((await render("az", { order: authorised, kinds: { item_1: "physical" } })).textContent).toContain("Ödəniş hələ tutulmayıb")
    expect((await render("en", { order: creatorOrder(), kinds: { item_1: "physical" } })).textContent).not.toContain("not captured")
  })

  it("shows the delivery the buyer paid and what the shop earns of the order, its own delivery fee included", async () => {
    const earned = creatorOrder({
      total: 130,
      shipping_total: 10,
      earnings: { items: 120, commission: 12, commission_reversed: 0, delivery: 10, earned: 118, reversed: 0, net: 118 },
    })
    const page = await render("en", { order: earned, kinds: { item_1: "physical" } })
    expect(page.textContent).toMatch(/Delivery\s*(AZN|₼)?\s*10/)
    expect(page.textContent).toMatch(/You earn\s*(AZN|₼)?\s*118/)
    expect(page.textContent).toContain("plus your delivery fee")
  })

  it("shows the backend's refusal when nothing is left to ship as the form's error", async () => {
    backend({
      "GET /creator/me": () => json(member),
      "GET /creator/orders/order_1": () => json({ order }),
      "POST /creator/orders/order_1/fulfillments": () => json({ message: "Nothing left to ship in this order." }, 400),
    })
    const page = await render("en")
    ;(page.querySelector('[name="carrier"]') as HTMLInputElement).value = "Azərpoçt"
    ;(page.querySelector('[name="tracking_number"]') as HTMLInputElement).value = "RR1AZ"
    await act(async () => page.querySelector<HTMLButtonElement>('button[value="ship"]')!.click())
    await until(page, '[role="alert"]')
    expect(page.querySelector('[role="alert"]')?.textContent).toContain("Nothing is left to ship in this order.")
    expect((page.querySelector('[name="carrier"]') as HTMLInputElement).value).toBe("Azərpoçt")
  })

  it("confirms a service line with its date and note, and refuses a date that does not exist", async () => {
    const service = {
      ...order.items![0]!,
      id: "item_2",
      title: "Weaving masterclass",
      requires_shipping: false,
      metadata: { requested_date: "2026-12-19" },
    }
    const serviceOrder: CreatorOrder = { ...order, id: "order_1", items: [service], shipping_address: null }
    let sent: unknown = null
    backend({
      "GET /creator/me": () => json(member),
      "GET /creator/orders/order_1": () => json({ order: serviceOrder }),
      "POST /creator/orders/order_1/service-confirmations": (init) => {
        sent = JSON.parse(String(init.body))
        return json({ order: serviceOrder }, 201)
      },
    })
    const page = await render("ru", { order: serviceOrder, kinds: { item_2: "service" } })
    expect(page.textContent).toContain("Желаемая дата покупателя: 19 декабря 2026")
    expect(page.querySelector('[name="carrier"]')).toBeNull()
    // the buyer's date is offered, so agreeing to it takes one click
    expect((page.querySelector('[name="service_date"]') as HTMLInputElement).value).toBe("2026-12-19")
    ;(page.querySelector('[name="service_date"]') as HTMLInputElement).value = "2026-02-30"
    await act(async () => page.querySelector<HTMLButtonElement>('button[value="confirm"]')!.click())
    await until(page, "#f-service_date-error")
    expect(page.querySelector("#f-service_date-error")?.textContent).toBe("Укажите настоящую дату, например 2026-12-31.")
    expect(sent).toBeNull()
    ;(page.querySelector('[name="service_date"]') as HTMLInputElement).value = "2026-12-20"
    ;(page.querySelector('[name="note"]') as HTMLTextAreaElement).value = "Bring your own wool."
    await act(async () => page.querySelector<HTMLButtonElement>('button[value="confirm"]')!.click())
    for (let i = 0; i < 100 && !sent; i++) await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(sent).toEqual({ line_item_id: "item_2", service_date: "2026-12-20", note: "Bring your own wool." })
  })

  it("a booked line shows its time in the studio's zone and where its booking stands, and offers no date to confirm", async () => {
    const booked = {
      ...order.items![0]!,
      id: "item_3",
      title: "Loom room hour",
      requires_shipping: false,
      metadata: {
        booking: { hold_id: "bkg_1", start_local: "2026-12-21T10:00:00", timezone: "Asia/Baku", resource_name: "Loom room" },
      },
    }
    const bookedOrder: CreatorOrder = { ...order, items: [booked], shipping_address: null }
    const calls = backend({
      "GET /creator/me": () => json(member),
      "GET /creator/orders/order_1": () => json({ order: bookedOrder }),
      "GET /creator/bookings": () => json({ bookings: [{ id: "bkg_1", status: "confirmed", sequence: 1 }] }),
      "GET /creator/products/prod_1": () => json({ product: { id: "prod_1", listing: { kind: "service" } } }),
    })
    const request = await signedIn(new Request("http://localhost/en/studio/orders/order_1"))
    const loaded = (await loader({ request, params: { locale: "en", id: "order_1" } } as never)) as { bookings: Record<string, string> }
    expect(loaded.bookings).toEqual({ bkg_1: "moved" })
    expect(calls).toContain("GET /creator/bookings")
    const page = await render("ru", { order: bookedOrder, kinds: { item_3: "service" }, bookings: { bkg_1: "cancelled" } })
    expect(page.querySelector('[data-testid="booking-slot"]')?.textContent).toContain("10:00 (Asia/Baku)")
    expect(page.querySelector('[data-testid="booking-state"]')?.textContent).toBe("Бронь отменена: время снова свободно")
    expect(page.querySelector('[name="service_date"]')).toBeNull()
    expect(page.querySelector('button[value="confirm"]')).toBeNull()
  })

  it("says in the reader's language when the service was refunded and there is nothing to confirm", async () => {
    const service = { ...order.items![0]!, id: "item_2", title: "Tar lesson", requires_shipping: false }
    const serviceOrder: CreatorOrder = { ...order, items: [service], shipping_address: null }
    backend({
      "GET /creator/me": () => json(member),
      "GET /creator/orders/order_1": () => json({ order: serviceOrder }),
      "POST /creator/orders/order_1/service-confirmations": () =>
        json({ message: '"Tar lesson" was cancelled and refunded: there is no service to confirm.' }, 400),
    })
    const page = await render("az", { order: serviceOrder, kinds: { item_2: "service" } })
    ;(page.querySelector('[name="service_date"]') as HTMLInputElement).value = "2026-12-20"
    await act(async () => page.querySelector<HTMLButtonElement>('button[value="confirm"]')!.click())
    await until(page, '[role="alert"]')
    expect(page.querySelector('[role="alert"]')?.textContent).toContain("Bu xidmətin pulu alıcıya qaytarılıb")
  })
})
