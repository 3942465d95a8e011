// The slot picker's calendar arithmetic: plain strings ("2026-12", "2026-12-14", wall-clock ISO
// times from the availability API), so server and browser render the same page without Intl data.

export type Slot = {
  start: string
  end: string
  /** wall-clock times in the visitor's zone and in the studio's, e.g. 2026-12-14T10:00:00.000+04:00 */
  local: { start: string; end: string }
  resource_local: { start: string; end: string }
  seats_left: number
  session_id?: string
}
export type VariantAvailability = {
  variant_id: string
  mode: "slot" | "session"
  duration_minutes: number | null
  resource: { id: string; name: string; timezone: string; capacity: number }
  slots: Slot[]
}
/** What a line's metadata.booking carries (set by the backend when the slot is held). */
export type LineBooking = { start_local: string; timezone: string; resource_name: string; held_until?: string }

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/
const pad = (n: number) => String(n).padStart(2, "0")

/** The asked month when it is a real one not before `today`'s, else today's month. */
export function monthOf(asked: string | null, today: string): string {
  const current = today.slice(0, 7)
  return asked && MONTH.test(asked) && asked >= current ? asked : current
}

export function shiftMonth(month: string, delta: number): string {
  const [year, m] = month.split("-").map(Number) as [number, number]
  const date = new Date(Date.UTC(year, m - 1 + delta, 1))
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`
}

const daysIn = (month: string) => {
  const [year, m] = month.split("-").map(Number) as [number, number]
  return new Date(Date.UTC(year, m, 0)).getUTCDate()
}

/** The first and last day of a month, as the availability API takes them. */
export function monthRange(month: string) {
  return { from: `${month}-01`, to: `${month}-${pad(daysIn(month))}` }
}

/** The month's days in weeks from Monday; null pads the first and last week. */
export function monthWeeks(month: string): (string | null)[][] {
  const [year, m] = month.split("-").map(Number) as [number, number]
  const lead = (new Date(Date.UTC(year, m - 1, 1)).getUTCDay() + 6) % 7
  const cells: (string | null)[] = [...Array<null>(lead).fill(null)]
  for (let day = 1; day <= daysIn(month); day++) cells.push(`${month}-${pad(day)}`)
  while (cells.length % 7) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7))
}

const DAY = /^\d{4}-\d{2}-\d{2}$/
export const isDay = (day: string) =>
  DAY.test(day) && !Number.isNaN(Date.parse(day)) && new Date(`${day}T00:00:00Z`).toISOString().startsWith(day)
const addDays = (day: string, delta: number) => new Date(Date.parse(`${day}T00:00:00Z`) + delta * 86_400_000).toISOString().slice(0, 10)

/** The Monday of the asked day's week (any real YYYY-MM-DD), else of `today`'s. */
export function weekOf(asked: string | null, today: string): string {
  const day = asked && isDay(asked) ? asked : today.slice(0, 10)
  return addDays(day, -((new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7))
}

/** A day moved by whole days; the ISO weekday index (0 = Monday) of a day. */
export const shiftDay = addDays
export const weekdayIndex = (day: string) => (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7

/** The week's seven days from its Monday; `shiftWeek` moves a Monday by whole weeks. */
export const weekDays = (monday: string) => Array.from({ length: 7 }, (_, i) => addDays(monday, i))
export const shiftWeek = (monday: string, delta: number) => addDays(monday, delta * 7)

/** Slots by the day they start on in the visitor's zone. */
export function slotsByDay(slots: Slot[]): Map<string, Slot[]> {
  const days = new Map<string, Slot[]>()
  for (const slot of slots) {
    const day = slot.local.start.slice(0, 10)
    days.set(day, [...(days.get(day) ?? []), slot])
  }
  return days
}

/** "10:00" from a wall-clock ISO time. */
export const wallTime = (iso: string) => iso.slice(11, 16)

/** Wall-clock ISO time of an instant in a zone (digits from en-GB, which every browser has). */
export function wallClock(at: string, zone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-GB", {
      timeZone: zone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(new Date(at))
      .map((p) => [p.type, p.value]),
  )
  return `${parts.year}-${parts.month}-${parts.day}T${parts.hour}:${parts.minute}`
}
