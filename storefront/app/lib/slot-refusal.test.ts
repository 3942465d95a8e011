import { describe, expect, it } from "vitest"
import { translate } from "./i18n"
import { slotRefusal } from "./slot-refusal"

describe("slotRefusal", () => {
  it("names the bookings plugin's refusals in the visitor's language, and anything else in a general sentence", () => {
    const said = (message: string) => translate("ru", slotRefusal(message))
    expect(said("start: This time has already passed: pick a later slot.")).toBe(translate("ru", "booking.error.past"))
    expect(said("start: This session is full: pick another one.")).toBe(translate("ru", "booking.taken"))
    expect(said("start: This slot (with its preparation time) overlaps a period when the studio is closed: pick another slot.")).toBe(
      translate("ru", "booking.error.closed"),
    )
    expect(said("start: Slots can be booked at most 60 days ahead: pick an earlier slot.")).toBe(translate("ru", "booking.error.window"))
    expect(said("start: This slot needs at least 60 minutes' notice: pick a later slot.")).toBe(translate("ru", "booking.error.notice"))
    expect(said("variant_id: variant_1 is not a bookable variant on sale.")).toBe(translate("ru", "booking.error.unavailable"))
    expect(said("Something new")).toBe(translate("ru", "booking.error.generic"))
    for (const key of ["booking.error.past", "booking.error.generic"] as const) {
      expect(translate("ru", key)).toMatch(/[а-я]/)
      expect(translate("az", key)).not.toBe(translate("en", key))
    }
  })
})
