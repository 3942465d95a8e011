import { describe, expect, it } from "vitest"
import { serviceDateProblem } from "./service-dates"

const today = new Date("2026-11-26T15:00:00Z")
const terms = { service_lead_time_days: 3, service_date_required: true }

describe("service dates", () => {
  it("accept a date after the lead time", () => {
    expect(serviceDateProblem("Studio hour", terms, "2026-11-29", today)).toBeNull()
  })

  it("refuse a date inside the lead time, a malformed one, or none when one is required", () => {
    expect(serviceDateProblem("Studio hour", terms, "2026-11-28", today)).toMatch(/earliest date is 2026-11-29/)
    expect(serviceDateProblem("Studio hour", terms, "29/11/2026", today)).toMatch(/must be a date/)
    expect(serviceDateProblem("Studio hour", terms, "2026-02-31x", today)).toMatch(/must be a date/)
    expect(serviceDateProblem("Studio hour", terms, undefined, today)).toMatch(/Choose a date/)
    expect(serviceDateProblem("Studio hour", terms, "2027-02-31", today)).toMatch(/must be a date/)
    expect(serviceDateProblem("Studio hour", terms, "2031-01-01", today)).toMatch(/at most a year ahead/)
  })

  it("let an optional date be left out", () => {
    expect(serviceDateProblem("Masterclass", { service_lead_time_days: 0, service_date_required: false }, undefined, today)).toBeNull()
  })
})
