import { describe, expect, it } from "vitest"
import { barHeights, dayIn, lastDays, niceMax, salesByDay } from "./sales"

const order = (created_at: string, total: number, currency_code = "azn", status = "pending") => ({
  created_at,
  total,
  currency_code,
  status,
})

describe("sales over the last days", () => {
  it("an order placed at 22:30 UTC counts on the next day in Baku (UTC+4), and on the same day in UTC", () => {
    expect(dayIn("2026-12-05T22:30:00Z", "Asia/Baku")).toBe("2026-12-06")
    expect(dayIn("2026-12-05T22:30:00Z", "UTC")).toBe("2026-12-05")
    const now = new Date("2026-12-06T08:00:00Z")
    const [azn] = salesByDay([order("2026-12-05T22:30:00Z", 40)], now, "Asia/Baku")
    expect(azn!.days.at(-1)).toEqual({ day: "2026-12-06", total: 40, orders: 1 })
    const [utc] = salesByDay([order("2026-12-05T22:30:00Z", 40)], now, "UTC")
    expect(utc!.days.at(-2)).toEqual({ day: "2026-12-05", total: 40, orders: 1 })
  })

  it("the window is 30 calendar days ending today in the shop's zone, across a month's end", () => {
    const days = lastDays(new Date("2026-03-01T21:00:00Z"), "Asia/Baku")
    expect(days).toHaveLength(30)
    expect(days.at(-1)).toBe("2026-03-02")
    expect(days[0]).toBe("2026-02-01")
  })

  it("one series per currency, largest first; canceled orders and orders older than the window are left out", () => {
    const now = new Date("2026-12-06T12:00:00Z")
    const series = salesByDay(
      [
        order("2026-12-06T09:00:00Z", 10.1),
        order("2026-12-06T10:00:00Z", 20.2),
        order("2026-12-04T10:00:00Z", 99, "eur"),
        order("2026-12-05T10:00:00Z", 500, "azn", "canceled"),
        order("2026-11-01T10:00:00Z", 700),
      ],
      now,
    )
    expect(series.map((s) => [s.currency, s.total, s.orders])).toEqual([
      ["eur", 99, 1],
      ["azn", 30.3, 2],
    ])
    expect(series[1]!.days.at(-1)).toEqual({ day: "2026-12-06", total: 30.3, orders: 2 })
    expect(series[1]!.days.filter((d) => d.orders)).toHaveLength(1)
  })

  it("the axis tops at 1, 2 or 5 × 10ⁿ and bars scale to it; a small sale still shows", () => {
    expect(niceMax([])).toBe(1)
    expect(niceMax([0, 0.4])).toBe(1)
    expect(niceMax([130])).toBe(200)
    expect(niceMax([480, 12])).toBe(500)
    expect(niceMax([501])).toBe(1000)
    expect(niceMax([1000])).toBe(1000)
    const { top, heights } = barHeights([0, 50, 100, 0.01], 120)
    expect(top).toBe(100)
    expect(heights).toEqual([0, 60, 120, 1])
  })
})
