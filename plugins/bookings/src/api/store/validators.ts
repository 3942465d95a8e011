import { z } from "@medusajs/framework/zod"
import { DateTime } from "luxon"
import { isCalendarDate, isInstant, isTimeZone } from "../../lib/slots"

export const MAX_RANGE_DAYS = 92
const DATE = /^\d{4}-\d{2}-\d{2}$/

const timeZone = z.string().refine(isTimeZone, { message: "Unknown time zone: use an IANA name such as Asia/Baku or Europe/Berlin" })
// the shape and the calendar in one check: 2026-12-32 or 06:60 is a 400 here, not a 500 further in
const instant = z.string().refine(isInstant, {
  message: "Not a real date and time: expected an ISO 8601 time with its offset, from 1970 on, e.g. 2026-03-30T10:00:00+04:00",
})
const dayOrInstant = z.string().refine((v) => isCalendarDate(v) || isInstant(v), {
  message: "Not a real date or time: expected a date (2026-03-30) or an ISO 8601 time with its offset, from 1970 on",
})

/** A date means the start of that day (`from`) or the end of it (`to`) in `tz`. */
function toMillis(value: string, tz: string, endOfDay: boolean): number {
  if (!DATE.test(value)) return Date.parse(value)
  const day = DateTime.fromISO(value, { zone: tz })
  return (endOfDay ? day.plus({ days: 1 }) : day).toMillis()
}

export const StoreAvailability = z
  .object({ from: dayOrInstant, to: dayOrInstant, tz: timeZone.default("Asia/Baku") })
  .strict()
  .transform((q, ctx) => {
    const from = toMillis(q.from, q.tz, false)
    const to = toMillis(q.to, q.tz, true)
    if (!Number.isFinite(from)) ctx.addIssue({ code: "custom", path: ["from"], message: "Not a real date" })
    if (!Number.isFinite(to)) ctx.addIssue({ code: "custom", path: ["to"], message: "Not a real date" })
    // `to` as a date means the end of that day, so from=to=one date is one day; equal instants are no range
    if (from >= to) ctx.addIssue({ code: "custom", path: ["from"], message: "from must be before to" })
    if (to - from > MAX_RANGE_DAYS * 86_400_000) {
      ctx.addIssue({ code: "custom", path: ["to"], message: `The range may span at most ${MAX_RANGE_DAYS} days: ask for less` })
    }
    return { from, to, tz: q.tz }
  })
export type StoreAvailabilityType = z.infer<typeof StoreAvailability>

export const StoreAddBookingSlot = z.object({ variant_id: z.string().min(1), start: instant }).strict()
export type StoreAddBookingSlotType = z.infer<typeof StoreAddBookingSlot>

export const StoreCancelBooking = z.object({ token: z.string().min(1) }).strict()
export type StoreCancelBookingType = z.infer<typeof StoreCancelBooking>

export const StoreRescheduleBooking = z.object({ token: z.string().min(1), start: instant }).strict()
export type StoreRescheduleBookingType = z.infer<typeof StoreRescheduleBooking>
