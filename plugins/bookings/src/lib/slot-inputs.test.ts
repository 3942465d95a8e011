import { describe, expect, it } from "vitest"
import { isCalendarDate, isInstant } from "./slots"

describe("dates and times the API takes", () => {
  it("takes an ISO 8601 instant with its offset only when the date and the time exist", () => {
    for (const good of ["2026-12-21T06:00:00.000Z", "2026-12-21T10:00+04:00", "2028-02-29T06:00:00Z", "2026-12-21T06:00:00-03:30"]) {
      expect([good, isInstant(good)]).toEqual([good, true])
    }
    const bad = [
      "2026-12-21T99:00:00Z",
      "2026-12-21T06:60:00Z",
      "2026-12-21T06:00:60Z",
      "2026-13-21T06:00:00Z",
      "2026-12-32T06:00:00Z",
      "2026-02-29T06:00:00Z",
      "2026-12-21T06:00:00+99:00",
      "2026-W50-1T00:00Z",
      "2026-12-21T06:00:00",
      "2026-12-21",
      "monday 10am",
    ]
    for (const value of bad) expect([value, isInstant(value)]).toEqual([value, false])
  })

  it("takes a calendar date only when it exists", () => {
    expect(isCalendarDate("2028-02-29")).toBe(true)
    for (const value of ["2026-02-29", "2026-13-01", "2026-12-32", "2026-W50-1", "21.12.2026"]) {
      expect([value, isCalendarDate(value)]).toEqual([value, false])
    }
  })

  it("takes no year before 1970, where PostgreSQL has no year 0 and a booking has no business", () => {
    for (const value of ["0000-01-01", "0001-01-01", "1969-12-31"]) expect([value, isCalendarDate(value)]).toEqual([value, false])
    for (const value of ["0000-01-01T10:00:00Z", "1969-12-31T23:59:59Z", "0001-01-01T00:00+04:00"])
      expect([value, isInstant(value)]).toEqual([value, false])
    expect(isCalendarDate("1970-01-01")).toBe(true)
    expect(isCalendarDate("9999-12-31")).toBe(true)
    expect(isInstant("1970-01-01T00:00:00Z")).toBe(true)
  })
})
