// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { translate } from "~/lib/i18n"
import { shopRequestContext, startBackendStub } from "~/test/backend-stub"

const backend = await startBackendStub()
const { action } = await import("./product")
afterAll(() => backend.close())

/** Posts the picker's form (`intent=slot`) on a page in `locale`; the backend refuses the hold with `message`. */
async function holdRefused(locale: "az" | "ru", message: string, status = 400) {
  backend.answer(({ method, path }) =>
    method === "POST" && path === "/store/carts/cart_1/booking-slots" ? { status, body: { type: "invalid_data", message } } : undefined,
  )
  const { context } = await shopRequestContext(locale, { cart_id: "cart_1" })
  const body = new URLSearchParams({ intent: "slot", variant_id: "variant_1", start: "2026-12-01T10:00:00+04:00" })
  const request = new Request(`http://shop.test/${locale}/products/loom`, { method: "POST", body })
  return (await action({ request, context, params: { locale, handle: "loom" } } as never)) as any
}

describe("holding a slot on the product page", () => {
  it("says a refused hold in the page's language, never the backend's English", async () => {
    const past = await holdRefused("ru", "start: This time has already passed: pick a later slot.")
    expect([past.init.status, past.data.message]).toEqual([400, translate("ru", "booking.error.past")])
    const full = await holdRefused("az", "start: This session is full: pick another one.")
    expect(full.data.message).toBe(translate("az", "booking.taken"))
    const other = await holdRefused("ru", "Something the page does not know")
    expect(other.data.message).toBe(translate("ru", "booking.error.generic"))
    const lost = await holdRefused("az", "start: This slot is no longer free: pick another one.", 409)
    expect(lost.data.message).toBe(translate("az", "booking.taken"))
  })
})
