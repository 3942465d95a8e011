import { createRoutesStub } from "react-router"
import { describe, expect, it } from "vitest"
import { mount } from "~/test/dom"
import { BookingList } from "./booking-list"

describe("a purchase's bookings", () => {
  it("a booking made inside the shop's cancellation window offers no deadline in the past, only that it cannot change", async () => {
    const booking = {
      id: "bk_1",
      status: "confirmed" as const,
      product_id: "prod_1",
      variant_id: "variant_1",
      starts_at: "2026-12-07T07:00:00Z",
      ends_at: "2026-12-07T08:00:00Z",
      resource: { name: "Sound studio", timezone: "Asia/Baku" },
      changeable_until: "2026-12-06T07:00:00Z",
      ics_url: "http://backend.test/bookings/bk_1/ics",
      reschedule: "/en/orders/order_1/bookings/bk_1/reschedule",
    }
    const Stub = createRoutesStub([
      {
        path: "/:locale/orders/:id",
        Component: () => (
          <>
            <BookingList bookings={[{ ...booking, cancellable: false }]} />
            <BookingList bookings={[{ ...booking, id: "bk_2", cancellable: true }]} />
          </>
        ),
      },
    ])
    const container = await mount(<Stub initialEntries={["/en/orders/order_1"]} />, '[data-testid="booking"]')
    const [closed, open] = [...container.querySelectorAll('[data-testid="booking"]')].map((item) => item.textContent ?? "")
    expect(closed).toContain("can no longer be cancelled")
    expect(closed).not.toContain("until")
    // in the studio's zone and said so, like the slot above it (07:00 UTC is 11:00 in Baku)
    expect(open).toContain("You can cancel or move it until 6 December 2026, 11:00 (Asia/Baku).")
  })
})
