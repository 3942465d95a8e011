import { describe, expect, it } from "vitest"
import { parseDayHours, parseException, parseResource, resourceBackendErrors, resourceValues } from "./resource-form"

const form = {
  name: "Sound room",
  kind: "room",
  timezone: "Asia/Baku",
  capacity: "1",
  buffer_before_minutes: "15",
  buffer_after_minutes: "0",
  min_notice_minutes: "60",
  window_days: "90",
  cancel_notice_hours: "24",
  "hours.1": "09:00–13:00, 14:00-21:00",
  "hours.6": "10:00 - 16:00",
}

describe("the opening-hours form", () => {
  it("reads several ranges a day with any dash, sorted, and an empty day as closed", () => {
    expect(parseDayHours(2, "14:00-18:00; 9:00–12:30")).toEqual({
      ok: true,
      hours: [
        { day: 2, opens: "09:00", closes: "12:30" },
        { day: 2, opens: "14:00", closes: "18:00" },
      ],
    })
    expect(parseDayHours(3, "  ")).toEqual({ ok: true, hours: [] })
    expect(parseDayHours(3, "20:00–24:00")).toEqual({ ok: true, hours: [{ day: 3, opens: "20:00", closes: "24:00" }] })
  })

  it("refuses a malformed, backwards or overlapping range with its own message", () => {
    expect(parseDayHours(1, "9-17")).toEqual({ ok: false, error: "studio.resources.error.hours" })
    expect(parseDayHours(1, "25:00–26:00")).toEqual({ ok: false, error: "studio.resources.error.hours" })
    expect(parseDayHours(1, "18:00–09:00")).toEqual({ ok: false, error: "studio.resources.error.order" })
    expect(parseDayHours(1, "09:00–13:00, 12:00–15:00")).toEqual({ ok: false, error: "studio.resources.error.overlap" })
  })

  it("builds the resource body with numbers and every weekday's ranges, and reads it back", () => {
    const parsed = parseResource(form)
    expect(parsed.ok && parsed.body).toEqual({
      name: "Sound room",
      kind: "room",
      timezone: "Asia/Baku",
      capacity: 1,
      buffer_before_minutes: 15,
      buffer_after_minutes: 0,
      min_notice_minutes: 60,
      window_days: 90,
      cancel_notice_hours: 24,
      opening_hours: [
        { day: 1, opens: "09:00", closes: "13:00" },
        { day: 1, opens: "14:00", closes: "21:00" },
        { day: 6, opens: "10:00", closes: "16:00" },
      ],
    })
    if (!parsed.ok) throw new Error("expected a body")
    expect(resourceValues(parsed.body)).toMatchObject({ "hours.1": "09:00–13:00, 14:00–21:00", "hours.2": "", "hours.6": "10:00–16:00" })
  })

  it("names each wrong field: an empty name, an unknown zone, a capacity of 0, a bad weekday", () => {
    const parsed = parseResource({ ...form, name: " ", timezone: "Mars/Olympus", capacity: "0", "hours.4": "all day" })
    expect(parsed.ok ? null : parsed.errors).toEqual({
      name: "studio.error.required",
      timezone: "studio.resources.error.zone",
      capacity: "studio.error.wholeNumber",
      "hours.4": "studio.resources.error.hours",
    })
  })

  it("puts the backend's opening_hours.N errors on the weekday of the Nth range sent", () => {
    const sent = [
      { day: 1, opens: "09:00", closes: "13:00" },
      { day: 5, opens: "10:00", closes: "09:00" },
    ]
    expect(resourceBackendErrors("opening_hours.1.closes: opens must be before closes; window_days: Too big.", sent)).toEqual({
      "hours.5": "studio.resources.error.hours",
      window_days: "studio.error.wholeNumber",
    })
  })
})

describe("the exception form", () => {
  const exception = (values: Record<string, string>) =>
    parseException(Object.fromEntries(Object.entries(values).map(([k, v]) => [`exception_${k}`, v])))

  it("a day closed whole, a block between two times, and extra hours", () => {
    expect(exception({ date: "2027-01-20", kind: "closed", start_time: "", end_time: "", note: "Holiday" })).toEqual({
      ok: true,
      body: { date: "2027-01-20", kind: "closed", note: "Holiday" },
    })
    expect(exception({ date: "2027-01-20", kind: "closed", start_time: "9:30", end_time: "12:00" })).toEqual({
      ok: true,
      body: { date: "2027-01-20", kind: "closed", start_time: "09:30", end_time: "12:00" },
    })
  })

  it("refuses extra hours without times, one time alone, a backwards block and an impossible date", () => {
    const errors = (values: Record<string, string>) => {
      const parsed = exception(values)
      return parsed.ok ? null : parsed.errors
    }
    expect(errors({ date: "2027-01-20", kind: "open" })).toEqual({ exception_start_time: "studio.resources.error.bothTimes" })
    expect(errors({ date: "2027-01-20", kind: "closed", start_time: "10:00" })).toEqual({
      exception_end_time: "studio.resources.error.bothTimes",
    })
    expect(errors({ date: "2027-01-20", kind: "closed", start_time: "12:00", end_time: "10:00" })).toEqual({
      exception_end_time: "studio.resources.error.order",
    })
    expect(errors({ date: "2027-02-30", kind: "closed" })).toEqual({ exception_date: "studio.resources.error.date" })
    expect(errors({ date: "2027-13-01", kind: "closed" })).toEqual({ exception_date: "studio.resources.error.date" })
  })
})
