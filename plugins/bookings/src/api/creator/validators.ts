import { z } from "@medusajs/framework/zod"
import { RESOURCE_KINDS } from "../../modules/booking/models/resource"
import { isCalendarDate, isInstant, isLocalTime, isTimeZone } from "../../lib/slots"

const time = z.string().refine(isLocalTime, { message: "Expected a local time HH:MM (00:00–24:00)" })
const date = z.string().refine(isCalendarDate, { message: "Not a real date: expected a date YYYY-MM-DD from 1970 on, e.g. 2026-12-21" })
// the same instants as the store API: luxon alone took ISO week dates (2026-W50-1) that Date.parse cannot read
const instant = z.string().refine(isInstant, {
  message: "Not a real date and time: expected an ISO 8601 time with its offset, from 1970 on, e.g. 2026-12-21T10:00:00+04:00",
})
const minutes = (max: number) => z.number().int().min(0).max(max)

const hours = z
  .object({ day: z.number().int().min(1).max(7), opens: time, closes: time })
  .strict()
  .refine((h) => h.opens < h.closes, { message: "opens must be before closes (overnight hours: split them at midnight)", path: ["closes"] })

const resourceFields = {
  name: z.string().trim().min(1).max(120),
  kind: z.enum(RESOURCE_KINDS),
  timezone: z.string().refine(isTimeZone, { message: "Unknown time zone: use an IANA name such as Asia/Baku" }),
  capacity: z.number().int().min(1).max(1000),
  buffer_before_minutes: minutes(24 * 60),
  buffer_after_minutes: minutes(24 * 60),
  min_notice_minutes: minutes(60 * 24 * 60),
  window_days: z.number().int().min(1).max(730),
  cancel_notice_hours: z
    .number()
    .int()
    .min(0)
    .max(24 * 60),
  opening_hours: z.array(hours).max(70),
}

export const CreatorCreateResource = z
  .object({
    ...resourceFields,
    kind: resourceFields.kind.default("room"),
    timezone: resourceFields.timezone.default("Asia/Baku"),
    capacity: resourceFields.capacity.default(1),
    buffer_before_minutes: resourceFields.buffer_before_minutes.default(0),
    buffer_after_minutes: resourceFields.buffer_after_minutes.default(0),
    min_notice_minutes: resourceFields.min_notice_minutes.default(60),
    window_days: resourceFields.window_days.default(90),
    cancel_notice_hours: resourceFields.cancel_notice_hours.default(24),
    opening_hours: resourceFields.opening_hours.default([]),
  })
  .strict()
export type CreatorCreateResourceType = z.infer<typeof CreatorCreateResource>

export const CreatorUpdateResource = z.object(resourceFields).partial().strict()
export type CreatorUpdateResourceType = z.infer<typeof CreatorUpdateResource>

export const CreatorAddException = z
  .object({
    date,
    kind: z.enum(["closed", "open"]),
    start_time: time.optional(),
    end_time: time.optional(),
    note: z.string().max(200).optional(),
  })
  .strict()
  .superRefine((e, ctx) => {
    if (!!e.start_time !== !!e.end_time)
      ctx.addIssue({ code: "custom", path: ["end_time"], message: "Give both start_time and end_time, or neither" })
    if (e.kind === "open" && !e.start_time)
      ctx.addIssue({ code: "custom", path: ["start_time"], message: "Extra opening hours need start_time and end_time" })
    if (e.start_time && e.end_time && e.start_time >= e.end_time)
      ctx.addIssue({ code: "custom", path: ["end_time"], message: "end_time must be after start_time" })
  })
export type CreatorAddExceptionType = z.infer<typeof CreatorAddException>

export const CreatorSetOffering = z
  .object({
    variant_id: z.string().min(1),
    mode: z.enum(["slot", "session"]),
    duration_minutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .optional(),
    grid_minutes: z
      .number()
      .int()
      .min(5)
      .max(24 * 60)
      .optional(),
  })
  .strict()
  .superRefine((o, ctx) => {
    if (o.mode === "slot" && !o.duration_minutes)
      ctx.addIssue({ code: "custom", path: ["duration_minutes"], message: "A slot booking needs its duration" })
  })
export type CreatorSetOfferingType = z.infer<typeof CreatorSetOffering>

export const CreatorAddSession = z
  .object({ variant_id: z.string().min(1), starts_at: instant, ends_at: instant, capacity: z.number().int().min(1).max(1000).optional() })
  .strict()
  .refine((s) => Date.parse(s.starts_at) < Date.parse(s.ends_at), { path: ["ends_at"], message: "ends_at must be after starts_at" })
export type CreatorAddSessionType = z.infer<typeof CreatorAddSession>

/** A calendar range (`from`, `to`: live holds and bookings), or one order's bookings (`order_id`: any status). */
export const CreatorListBookings = z
  .object({ from: instant.optional(), to: instant.optional(), resource_id: z.string().optional(), order_id: z.string().min(1).optional() })
  .strict()
  .superRefine((q, ctx) => {
    if (q.order_id && !q.from && !q.to) return
    if (!q.from || !q.to) {
      ctx.addIssue({ code: "custom", path: [q.from ? "to" : "from"], message: "Give from and to (or an order_id)" })
      return
    }
    const span = Date.parse(q.to) - Date.parse(q.from)
    if (span < 0) ctx.addIssue({ code: "custom", path: ["from"], message: "from must not be after to" })
    if (span > 92 * 86_400_000) ctx.addIssue({ code: "custom", path: ["to"], message: "The range may span at most 92 days" })
  })
export type CreatorListBookingsType = z.infer<typeof CreatorListBookings>
