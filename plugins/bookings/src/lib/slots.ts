import { DateTime, IANAZone } from "luxon"

/**
 * The slot engine: pure functions from a resource's schedule, what is already booked or held,
 * and "now" to the slots a buyer may book. Times are epoch milliseconds (UTC); local times
 * ("09:00" on "2026-03-29") are read in the resource's IANA time zone through luxon, so days
 * that are 23 or 25 hours long (daylight-saving changes) come out right.
 */

export const MINUTE = 60_000
export const DAY = 24 * 60 * MINUTE

/** Opening hours for one ISO weekday (1 = Monday … 7 = Sunday), local "HH:MM" ("24:00" = midnight after). */
export type WeeklyHours = { day: number; opens: string; closes: string }
/** A dated exception: `closed` (whole day without times, or a block between them) or `open` (extra hours). */
export type ScheduleException = { date: string; kind: "closed" | "open"; start_time?: string | null; end_time?: string | null }

export type Schedule = {
  timezone: string
  capacity: number
  buffer_before_minutes: number
  buffer_after_minutes: number
  min_notice_minutes: number
  window_days: number
  opening_hours: WeeklyHours[]
  exceptions: ScheduleException[]
}

/** A bookable variant on a slot grid. */
export type GridOffering = { duration_minutes: number; grid_minutes: number }

/** Something already occupying the resource, buffers included; `seats` defaults to 1. */
export type Busy = { from: number; until: number; seats?: number }

export type Interval = { start: number; end: number }

export type Slot = { start: number; end: number; seats_left: number }

export type SlotProblem = { code: "past" | "notice" | "window" | "hours" | "grid" | "closed" | "taken"; message: string }

export function isTimeZone(zone: string): boolean {
  return typeof zone === "string" && zone.length > 0 && IANAZone.isValidZone(zone)
}

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/

export function isLocalTime(value: string): boolean {
  return TIME.test(value)
}

/** An instant as the API takes it: an ISO 8601 calendar date and time with its offset (Z or ±HH:MM). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/
const DAY_ONLY = /^\d{4}-\d{2}-\d{2}$/
/** The first year taken: PostgreSQL has no year 0 (a 500 when stored), and no booking is older than this. */
export const FIRST_YEAR = 1970
const inRange = (value: string) => Number(value.slice(0, 4)) >= FIRST_YEAR

/**
 * Whether `value` is an instant in that form that exists on the calendar and the clock: the shape
 * alone lets 2026-12-32, 2026-02-29 or 06:60 through, luxon alone takes ISO week dates
 * (2026-W50-1) that Date.parse cannot read, and Date.parse alone rolls 2026-02-29 over to March.
 */
export function isInstant(value: string): boolean {
  return (
    typeof value === "string" &&
    INSTANT.test(value) &&
    inRange(value) &&
    DateTime.fromISO(value, { setZone: true }).isValid &&
    Number.isFinite(Date.parse(value))
  )
}

/** Whether `value` is a calendar date YYYY-MM-DD that exists (not 2026-13-01 or 2026-02-30), from 1970. */
export function isCalendarDate(value: string): boolean {
  return typeof value === "string" && DAY_ONLY.test(value) && inRange(value) && DateTime.fromISO(value).isValid
}

/** Local date-times already converted (pure and deterministic, so safe to remember; bounded). */
const instants = new Map<string, number>()
const MAX_REMEMBERED = 50_000

/** The instant of local `time` on local `date` in `zone` (a time inside a spring-forward gap moves forward). */
export function localInstant(date: string, time: string, zone: string): number {
  const key = `${zone}|${date}|${time}`
  const known = instants.get(key)
  if (known !== undefined) return known
  const at =
    time === "24:00"
      ? DateTime.fromISO(`${date}T00:00`, { zone }).plus({ days: 1 }).toMillis()
      : DateTime.fromISO(`${date}T${time}`, { zone }).toMillis()
  if (instants.size >= MAX_REMEMBERED) instants.clear()
  instants.set(key, at)
  return at
}

/** ISO weekday (1 = Monday) of a calendar date; the same in every zone. */
function weekdayOf(date: string): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1
}

/** The local calendar dates from the day before `from` to the day after `to` in `zone`. */
function localDates(from: number, to: number, zone: string): string[] {
  const first = Date.parse(`${DateTime.fromMillis(from, { zone }).toISODate()}T00:00:00Z`) - DAY
  const last = Date.parse(`${DateTime.fromMillis(to, { zone }).toISODate()}T00:00:00Z`) + DAY
  const dates: string[] = []
  for (let day = first; day <= last; day += DAY) dates.push(new Date(day).toISOString().slice(0, 10))
  return dates
}

function merge(intervals: Interval[]): Interval[] {
  const sorted = intervals.filter((i) => i.end > i.start).sort((a, b) => a.start - b.start)
  const merged: Interval[] = []
  for (const interval of sorted) {
    const last = merged[merged.length - 1]
    if (last && interval.start <= last.end) last.end = Math.max(last.end, interval.end)
    else merged.push({ ...interval })
  }
  return merged
}

/**
 * The open intervals touching [from, to): weekly hours of each local date unless a whole-day
 * `closed` exception says otherwise, plus `open` exceptions. Timed `closed` exceptions are not cut
 * out here (see closedBlocks) so the slot grid keeps its anchor at the opening time.
 */
export function openIntervals(schedule: Schedule, from: number, to: number): Interval[] {
  const zone = schedule.timezone
  const intervals: Interval[] = []
  for (const date of localDates(from, to, zone)) {
    const exceptions = schedule.exceptions.filter((e) => e.date === date)
    const closedAllDay = exceptions.some((e) => e.kind === "closed" && !e.start_time)
    if (!closedAllDay) {
      const weekday = weekdayOf(date)
      for (const hours of schedule.opening_hours.filter((h) => h.day === weekday)) {
        intervals.push({ start: localInstant(date, hours.opens, zone), end: localInstant(date, hours.closes, zone) })
      }
    }
    for (const extra of exceptions.filter((e) => e.kind === "open" && e.start_time && e.end_time)) {
      intervals.push({ start: localInstant(date, extra.start_time!, zone), end: localInstant(date, extra.end_time!, zone) })
    }
  }
  return merge(intervals).filter((i) => i.end > from && i.start < to)
}

/** Timed `closed` exceptions (maintenance, a creator's block) touching [from, to). */
export function closedBlocks(schedule: Schedule, from: number, to: number): Interval[] {
  const zone = schedule.timezone
  const dates = new Set(localDates(from, to, zone))
  return schedule.exceptions
    .filter((e) => e.kind === "closed" && e.start_time && e.end_time && dates.has(e.date))
    .map((e) => ({ start: localInstant(e.date, e.start_time!, zone), end: localInstant(e.date, e.end_time!, zone) }))
    .filter((i) => i.end > from && i.start < to)
}

/**
 * Every closed period touching [from, to): a whole-day `closed` exception as its local day
 * (midnight to midnight in the resource's zone), a timed one as its block. Sessions ignore opening
 * hours, but not these: a creator closes a day to stop its sales.
 */
export function closedPeriods(schedule: Schedule, from: number, to: number): Interval[] {
  const zone = schedule.timezone
  const dates = new Set(localDates(from, to, zone))
  const days = schedule.exceptions
    .filter((e) => e.kind === "closed" && !e.start_time && dates.has(e.date))
    .map((e) => ({ start: localInstant(e.date, "00:00", zone), end: localInstant(e.date, "24:00", zone) }))
  return [...days, ...closedBlocks(schedule, from, to)].filter((i) => i.end > from && i.start < to)
}

/** The range a booking at [start, end) keeps the resource busy: buffers before and after included. */
export function occupied(schedule: Schedule, start: number, end: number): Interval {
  return { start: start - schedule.buffer_before_minutes * MINUTE, end: end + schedule.buffer_after_minutes * MINUTE }
}

const overlaps = (a: Interval, b: { start: number; end: number }) => a.start < b.end && b.start < a.end

/** Seats left in `range`: capacity minus the largest number of seats busy at any one moment of it. */
export function seatsLeft(capacity: number, range: Interval, busy: Busy[]): number {
  const touching = busy.filter((b) => b.from < range.end && range.start < b.until)
  if (!touching.length) return capacity
  if (capacity === 1) return 0
  const edges = touching.flatMap((b) => [
    { at: Math.max(b.from, range.start), delta: b.seats ?? 1 },
    { at: Math.min(b.until, range.end), delta: -(b.seats ?? 1) },
  ])
  // ends before starts at the same instant: back-to-back ranges do not overlap
  edges.sort((a, b) => a.at - b.at || a.delta - b.delta)
  let current = 0
  let peak = 0
  for (const edge of edges) {
    current += edge.delta
    peak = Math.max(peak, current)
  }
  return Math.max(0, capacity - peak)
}

/** When a booking may start: not before now + minimum notice, and before now + booking window. */
export function bookableWindow(schedule: Schedule, now: number): Interval {
  return { start: now + schedule.min_notice_minutes * MINUTE, end: now + schedule.window_days * DAY }
}

/** Free grid slots starting in [from, to), with the seats left in each (full slots are left out). */
export function gridSlots(schedule: Schedule, offering: GridOffering, busy: Busy[], from: number, to: number, now: number): Slot[] {
  const duration = offering.duration_minutes * MINUTE
  const step = offering.grid_minutes * MINUTE
  const window = bookableWindow(schedule, now)
  const blocks = closedBlocks(schedule, from - DAY, to + DAY)
  const slots: Slot[] = []
  // slots come in time order, so a sliding window over busy times sorted by start keeps each
  // check to the few bookings near the slot (a 60-day calendar has hundreds)
  const sorted = [...busy].sort((a, b) => a.from - b.from)
  let next = 0
  let near: Busy[] = []
  for (const interval of openIntervals(schedule, from, to)) {
    for (let start = interval.start; start + duration <= interval.end; start += step) {
      if (start < from || start >= to || start < window.start || start >= window.end) continue
      const range = occupied(schedule, start, start + duration)
      if (blocks.some((block) => overlaps(range, block))) continue
      while (next < sorted.length && sorted[next].from < range.end) near.push(sorted[next++])
      near = near.filter((b) => b.until > range.start)
      const left = seatsLeft(schedule.capacity, range, near)
      if (left > 0) slots.push({ start, end: start + duration, seats_left: left })
    }
  }
  return slots
}

/**
 * Why a grid slot starting at `start` cannot be booked, or null when it can. The checks run in
 * the order a buyer can act on: time first, then the schedule, then what others booked.
 */
export function gridSlotProblem(schedule: Schedule, offering: GridOffering, busy: Busy[], start: number, now: number): SlotProblem | null {
  const end = start + offering.duration_minutes * MINUTE
  const window = bookableWindow(schedule, now)
  if (start < now) return { code: "past", message: "This time has already passed: pick a later slot." }
  if (start < window.start) {
    return { code: "notice", message: `This slot needs at least ${schedule.min_notice_minutes} minutes' notice: pick a later slot.` }
  }
  if (start >= window.end) {
    return { code: "window", message: `Slots can be booked at most ${schedule.window_days} days ahead: pick an earlier slot.` }
  }
  const interval = openIntervals(schedule, start, end).find((i) => i.start <= start && end <= i.end)
  if (!interval)
    return { code: "hours", message: "The studio is not open for the whole of this slot: pick a slot inside its opening hours." }
  if ((start - interval.start) % (offering.grid_minutes * MINUTE) !== 0) {
    return { code: "grid", message: `Slots start every ${offering.grid_minutes} minutes from opening time: pick a start on that grid.` }
  }
  const range = occupied(schedule, start, end)
  if (closedBlocks(schedule, range.start - DAY, range.end + DAY).some((block) => overlaps(range, block))) {
    return {
      code: "closed",
      message: "This slot (with its preparation time) overlaps a period when the studio is closed: pick another slot.",
    }
  }
  if (seatsLeft(schedule.capacity, range, busy) < 1) return { code: "taken", message: "This slot is no longer free: pick another one." }
  return null
}

/** A fixed session (a masterclass date) as the engine sees it. */
export type SessionInput = { id: string; start: number; end: number; capacity: number; taken: number }

/**
 * Sessions starting in [from, to) that a buyer may book: the same test as a hold's
 * (sessionProblem), so the calendar never offers a seat the hold then refuses.
 */
export function sessionSlots(schedule: Schedule, sessions: SessionInput[], from: number, to: number, now: number) {
  return sessions
    .filter((s) => s.start >= from && s.start < to && !sessionProblem(schedule, s, now))
    .sort((a, b) => a.start - b.start)
    .map((s) => ({ session_id: s.id, start: s.start, end: s.end, seats_left: s.capacity - s.taken }))
}

/** Why a seat in `session` cannot be booked, or null. */
export function sessionProblem(schedule: Schedule, session: SessionInput, now: number): SlotProblem | null {
  const window = bookableWindow(schedule, now)
  if (session.start < now) return { code: "past", message: "This session has already started: pick a later one." }
  if (session.start < window.start) {
    return { code: "notice", message: `Seats close ${schedule.min_notice_minutes} minutes before a session starts: pick a later one.` }
  }
  if (session.start >= window.end) {
    return { code: "window", message: `Sessions can be booked at most ${schedule.window_days} days ahead: pick an earlier one.` }
  }
  if (closedPeriods(schedule, session.start, session.end).some((closed) => overlaps(closed, session))) {
    return { code: "closed", message: "The studio is closed when this session runs: pick another one." }
  }
  if (session.capacity - session.taken < 1) return { code: "taken", message: "This session is full: pick another one." }
  return null
}

/** An instant as ISO 8601 with the offset of `zone` (e.g. 2026-03-29T10:00:00.000+02:00). */
export function inZone(at: number, zone: string): string {
  return DateTime.fromMillis(at, { zone }).toISO()!
}
