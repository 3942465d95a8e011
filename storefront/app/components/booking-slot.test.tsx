import { createRoutesStub } from "react-router"
import { describe, expect, it } from "vitest"
import { mount } from "~/test/studio-stub"
import { BookingSlot } from "./booking-slot"

const booking = {
  start_local: "2026-12-20T10:00",
  timezone: "Asia/Baku",
  resource_name: "Recording room",
  held_until: "2026-12-20T06:15:00.000Z",
}

async function slotText(held: boolean) {
  const Stub = createRoutesStub([{ path: "/:locale/cart", Component: () => <BookingSlot metadata={{ booking }} held={held} /> }])
  const page = await mount(<Stub initialEntries={["/en/cart"]} />, '[data-testid="booking-slot"]')
  return page.querySelector('[data-testid="booking-slot"]')?.textContent ?? ""
}

describe("a cart line's booked slot", () => {
  it("says until when it is held, in the studio's zone and naming it", async () => {
    expect(await slotText(true)).toContain("Kept for you until 10:15 (Asia/Baku).")
    expect(await slotText(false)).not.toContain("Kept for you")
  })
})
