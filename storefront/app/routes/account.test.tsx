import { createRoutesStub } from "react-router"
import { describe, expect, it } from "vitest"
import { mount } from "~/test/dom"
import Account from "./account"

const slot = (hold: string, start: string) => ({
  booking: { hold_id: hold, start_local: start, timezone: "Asia/Baku", resource_name: "Studio" },
})
const purchase = (id: string, item: { id: string; metadata: ReturnType<typeof slot> }) => ({
  id,
  display_id: 7,
  email: "buyer@example.az",
  currency_code: "azn",
  total: 50,
  status: "placed",
  created_at: "2026-12-01T10:00:00Z",
  group: true,
  items: [{ ...item, title: "Recording session", quantity: 1, total: 50, unit_price: 50, product_id: "prod_1", variant_id: "variant_1" }],
})

function accountPage(loaderData: Record<string, unknown>) {
  const data = {
    title: "",
    customer: { id: "cus_1", email: "buyer@example.az", first_name: "Aysel" },
    addresses: [],
    orders: [],
    bookings: {},
    downloads: [],
    countries: [],
    ...loaderData,
  }
  const Stub = createRoutesStub([{ path: "/:locale/account", Component: Account as never, loader: () => data }])
  return mount(<Stub initialEntries={["/ru/account"]} />, "#orders")
}

describe("the buyer's account page", () => {
  it("marks a cancelled booking cancelled and offers to manage only a booking that can still change", async () => {
    const container = await accountPage({
      orders: [
        purchase("ogrp_cancelled", { id: "item_1", metadata: slot("bkg_1", "2026-12-15T10:00") }),
        purchase("ogrp_live", { id: "item_2", metadata: slot("bkg_2", "2026-12-16T10:00") }),
      ],
      bookings: { item_1: "cancelled", item_2: "changeable" },
    })
    const [cancelled, live] = [...container.querySelectorAll("#orders ~ ul > li")]
    expect(cancelled!.textContent).toContain("15 декабря 2026")
    expect(cancelled!.querySelector('[data-testid="booking-cancelled"]')?.textContent).toBe("Отменено")
    expect(cancelled!.textContent).not.toContain("Перенести или отменить бронирование")
    expect(live!.querySelector('[data-testid="booking-cancelled"]')).toBeNull()
    expect(live!.querySelector('a[href="/ru/orders/ogrp_live?group=1#bookings"]')?.textContent).toBe("Перенести или отменить бронирование")
  })

  it("lists a saved address with its country's name", async () => {
    const container = await accountPage({
      addresses: [
        {
          id: "cuaddr_1",
          first_name: "Aysel",
          address_1: "Nizami 10",
          city: "Bakı",
          postal_code: "AZ1000",
          country_code: "az",
          country: "Азербайджан",
        },
      ],
    })
    const address = container.querySelector("#addresses ~ ul > li span")!.textContent
    expect(address).toMatch(/Bakı AZ1000, Азербайджан$/)
    expect(address).not.toMatch(/, AZ$/)
  })
})
