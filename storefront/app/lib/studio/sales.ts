// Sales over the last days for the studio's home chart (no server code): orders bucketed into the
// shop's calendar days per currency, and the bars' scale.

/** Shops have no time zone of their own yet: their days are the marketplace's (docs/decisions/025). */
export const SHOP_TIME_ZONE = "Asia/Baku"
export const SALES_DAYS = 30

type Sale = { created_at: string; currency_code: string; total: number; status: string }
export type SalesSeries = { currency: string; total: number; orders: number; days: { day: string; total: number; orders: number }[] }

/** The calendar day (yyyy-mm-dd) an instant falls on in a time zone. */
export function dayIn(instant: string | Date, timeZone: string): string {
  // en-CA writes dates as yyyy-mm-dd
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(new Date(instant))
}

/** The last `count` calendar days in a time zone, oldest first, ending with today. */
export function lastDays(now: Date, timeZone: string, count = SALES_DAYS): string[] {
  const today = Date.parse(`${dayIn(now, timeZone)}T00:00:00Z`)
  return Array.from({ length: count }, (_, i) => new Date(today - (count - 1 - i) * 86_400_000).toISOString().slice(0, 10))
}

/** Order totals per day of the shop's calendar, one series per currency sold in (canceled orders are not sales). */
export function salesByDay(orders: Sale[], now: Date, timeZone = SHOP_TIME_ZONE, count = SALES_DAYS): SalesSeries[] {
  const days = lastDays(now, timeZone, count)
  const index = new Map(days.map((day, i) => [day, i]))
  const series = new Map<string, SalesSeries>()
  for (const order of orders) {
    if (order.status === "canceled") continue
    const at = index.get(dayIn(order.created_at, timeZone))
    if (at === undefined) continue
    const currency = order.currency_code.toLowerCase()
    let entry = series.get(currency)
    if (!entry) {
      entry = { currency, total: 0, orders: 0, days: days.map((day) => ({ day, total: 0, orders: 0 })) }
      series.set(currency, entry)
    }
    const bucket = entry.days[at]!
    bucket.total = round(bucket.total + order.total)
    bucket.orders += 1
    entry.total = round(entry.total + order.total)
    entry.orders += 1
  }
  return [...series.values()].sort((a, b) => b.total - a.total || a.currency.localeCompare(b.currency))
}

const round = (value: number) => Math.round(value * 100) / 100

/** The axis' top: the largest value rounded up to 1, 2 or 5 × 10ⁿ (at least 1), so the gridlines read well. */
export function niceMax(values: number[]): number {
  const max = Math.max(0, ...values)
  if (max <= 1) return 1
  const power = 10 ** Math.floor(Math.log10(max))
  const step = [1, 2, 5, 10].find((s) => s * power >= max)!
  return step * power
}

/** Each value's bar height out of `height` on an axis topped at `niceMax`; a sale never draws as nothing. */
export function barHeights(values: number[], height: number): { top: number; heights: number[] } {
  const top = niceMax(values)
  return { top, heights: values.map((v) => (v > 0 ? Math.max(1, Math.round((v / top) * height * 10) / 10) : 0)) }
}
