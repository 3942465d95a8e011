import { createRoutesStub } from "react-router"
import { describe, expect, it } from "vitest"
import { json, mount, signedIn, studioBackend } from "~/test/studio-stub"
import StudioBookings, { loader } from "./bookings"

const member = {
  member: { id: "mem_1", email: "a@example.az", name: null },
  shops: [{ id: "cre_1", handle: "a", name: "A", status: "approved", role: "owner" }],
}
const booking = {
  id: "bkg_1",
  status: "confirmed",
  sequence: 0,
  resource_id: "res_1",
  starts_at: "2026-12-21T06:00:00.000Z",
  ends_at: "2026-12-21T08:00:00.000Z",
  seat_no: 1,
  seat_capacity: 1,
  order_id: "order_1",
  product_title: "Carpet weaving masterclass",
  order: { id: "order_1", display_id: 12, email: "aysel@example.az" },
}

describe("the studio's bookings calendar", { timeout: 30_000 }, () => {
  it("names each booking's listing and links it to its order, inside the page's main landmark", async () => {
    studioBackend({
      "GET /creator/me": () => json(member),
      "GET /creator/resources": () => json({ resources: [{ id: "res_1", name: "Loom room", timezone: "Asia/Baku" }] }),
      "GET /creator/bookings": () => json({ bookings: [booking] }),
    })
    const url = "http://localhost/en/studio/bookings?day=2026-12-21"
    const loaded = await loader({ request: await signedIn(new Request(url)), params: { locale: "en" } } as never)
    const Routes = createRoutesStub([{ path: "/:locale/studio/bookings", Component: StudioBookings as never, loader: () => loaded }])
    const page = await mount(<Routes initialEntries={["/en/studio/bookings?day=2026-12-21"]} />, '[data-testid="studio-booking"]')
    const entry = page.querySelector('[data-testid="studio-booking"]')!
    expect(entry.textContent).toContain("10:00–12:00 · Loom room")
    expect(entry.textContent).toContain("Carpet weaving masterclass")
    expect(entry.textContent).toContain("aysel@example.az")
    expect(entry.querySelector("a")?.getAttribute("href")).toBe("/en/studio/orders/order_1")
    expect(entry.querySelector("a")?.textContent).toBe("Order #12")
    expect(page.querySelector("main#main")?.contains(entry)).toBe(true)
  })
})
