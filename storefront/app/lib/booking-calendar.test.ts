import { describe, expect, it } from "vitest"
import {
  monthOf,
  monthRange,
  monthWeeks,
  isDay,
  shiftDay,
  shiftMonth,
  shiftWeek,
  slotsByDay,
  wallClock,
  weekDays,
  weekdayIndex,
  weekOf,
  type Slot,
} from "./booking-calendar"

const slot = (local: string): Slot => ({
  start: "",
  end: "",
  local: { start: local, end: local },
  resource_local: { start: local, end: local },
  seats_left: 1,
})

describe("the slot picker's calendar", () => {
  it("lays a month out in weeks from Monday, padded with empty days", () => {
    const weeks = monthWeeks("2026-12")
    expect(weeks[0]).toEqual([null, "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"])
    expect(weeks.at(-1)).toEqual(["2026-12-28", "2026-12-29", "2026-12-30", "2026-12-31", null, null, null])
    expect(monthRange("2028-02")).toEqual({ from: "2028-02-01", to: "2028-02-29" })
  })

  it("pages across the year and never before the current month or to a made-up one", () => {
    expect([shiftMonth("2026-12", 1), shiftMonth("2027-01", -1)]).toEqual(["2027-01", "2026-12"])
    expect([monthOf("2026-11", "2026-12-06"), monthOf("2026-13", "2026-12-06"), monthOf(null, "2026-12-06")]).toEqual([
      "2026-12",
      "2026-12",
      "2026-12",
    ])
    expect(monthOf("2027-03", "2026-12-06")).toBe("2027-03")
  })

  it("groups slots by the visitor's day and reads wall-clock time in any zone", () => {
    const days = slotsByDay([slot("2027-03-29T23:00:00.000+02:00"), slot("2027-03-30T08:00:00.000+02:00")])
    expect([...days.keys()]).toEqual(["2027-03-29", "2027-03-30"])
    // Berlin moves to summer time on 28 March 2027: 06:00 UTC is 08:00 there, and 10:00 in Baku
    expect([wallClock("2027-03-30T06:00:00Z", "Europe/Berlin"), wallClock("2027-03-30T06:00:00Z", "Asia/Baku")]).toEqual([
      "2027-03-30T08:00",
      "2027-03-30T10:00",
    ])
  })
})

describe("the studio's booking week", () => {
  it("starts on the Monday of the asked day, or of today when the asked day is not a real one", () => {
    expect(weekOf("2026-12-06", "2026-01-01")).toBe("2026-11-30") // a Sunday
    expect(weekOf("2026-12-07", "2026-01-01")).toBe("2026-12-07") // a Monday
    expect(weekOf("2026-02-30", "2026-12-10")).toBe("2026-12-07")
    expect(weekOf("next week", "2026-12-10T08:00:00Z")).toBe("2026-12-07")
    expect(weekOf(null, "2027-01-01")).toBe("2026-12-28")
  })

  it("has seven days across a month and a year's end, and moves by whole weeks", () => {
    expect(weekDays("2026-12-28")).toEqual([
      "2026-12-28",
      "2026-12-29",
      "2026-12-30",
      "2026-12-31",
      "2027-01-01",
      "2027-01-02",
      "2027-01-03",
    ])
    expect(shiftWeek("2026-12-28", 1)).toBe("2027-01-04")
    expect(shiftWeek("2026-03-02", -1)).toBe("2026-02-23")
  })

  it("moves the studio calendar's day view across a month and a year, and names its weekday", () => {
    expect(shiftDay("2026-12-31", 1)).toBe("2027-01-01")
    expect(shiftDay("2027-03-01", -1)).toBe("2027-02-28")
    expect([weekdayIndex("2026-12-07"), weekdayIndex("2026-12-13")]).toEqual([0, 6])
    expect([isDay("2027-02-29"), isDay("2028-02-29"), isDay("tomorrow")]).toEqual([false, true, false])
  })
})
