// The studio's resource forms (no server code): the settings form with one opening-hours field per
// weekday ("09:00–13:00, 14:00–21:00"), the exception form, and the backend's refusals mapped back
// onto those fields.
import { z } from "zod"
import { issues, type FieldErrors, type Values } from "./forms"
import { backendErrors } from "./backend-errors"
import type { StudioResource } from "./types"

export const RESOURCE_KINDS = ["room", "teacher", "equipment"] as const
export const WEEKDAY_NUMBERS = [1, 2, 3, 4, 5, 6, 7] as const
export const DEFAULT_ZONE = "Asia/Baku"

/** What `POST /creator/resources` takes: the resource's own settings. */
export type ResourceBody = Omit<StudioResource, "id" | "exceptions" | "feed_token_hash">
export type OpeningHours = ResourceBody["opening_hours"][number]
export type ExceptionBody = { date: string; kind: "closed" | "open"; start_time?: string; end_time?: string; note?: string }

const E = {
  required: "studio.error.required",
  tooLong: "studio.error.tooLong",
  wholeNumber: "studio.error.wholeNumber",
  choice: "studio.error.choice",
  zone: "studio.resources.error.zone",
  hours: "studio.resources.error.hours",
  overlap: "studio.resources.error.overlap",
  date: "studio.resources.error.date",
  time: "studio.resources.error.time",
  order: "studio.resources.error.order",
  bothTimes: "studio.resources.error.bothTimes",
} as const

const TIME = /^([01]\d|2[0-3]):[0-5]\d$|^24:00$/

/** "9:00" → "09:00"; anything else unchanged (then refused). */
const paddedTime = (value: string) => (/^\d:\d\d$/.test(value) ? `0${value}` : value)

/**
 * One weekday's field to its ranges: "09:00-13:00, 14:00–21:00" (any dash, commas or semicolons
 * between ranges, empty = closed). An error key when a range is malformed, backwards or overlapping.
 */
export function parseDayHours(day: number, text: string): { ok: true; hours: OpeningHours[] } | { ok: false; error: string } {
  const parts = text
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean)
  const hours: OpeningHours[] = []
  for (const part of parts) {
    const match = /^(\d{1,2}:\d{2})\s*[-–—]\s*(\d{1,2}:\d{2})$/.exec(part)
    if (!match) return { ok: false, error: E.hours }
    const [opens, closes] = [paddedTime(match[1]!), paddedTime(match[2]!)]
    if (!TIME.test(opens) || !TIME.test(closes) || opens === "24:00") return { ok: false, error: E.hours }
    if (opens >= closes) return { ok: false, error: E.order }
    hours.push({ day, opens, closes })
  }
  hours.sort((a, b) => a.opens.localeCompare(b.opens))
  if (hours.some((h, i) => i > 0 && h.opens < hours[i - 1]!.closes)) return { ok: false, error: E.overlap }
  return { ok: true, hours }
}

/** A weekday's ranges back to the field's text. */
export function formatDayHours(hours: OpeningHours[], day: number): string {
  return hours
    .filter((h) => h.day === day)
    .sort((a, b) => a.opens.localeCompare(b.opens))
    .map((h) => `${h.opens}–${h.closes}`)
    .join(", ")
}

function isZone(zone: string) {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone })
    return zone.includes("/") || zone === "UTC"
  } catch {
    return false
  }
}

const whole = (min: number, max: number) =>
  z
    .string()
    .trim()
    .refine((v) => /^\d+$/.test(v) && Number(v) >= min && Number(v) <= max, E.wholeNumber)
    .transform(Number)

const ResourceForm = z.object({
  name: z.string().trim().min(1, E.required).max(120, E.tooLong),
  kind: z.enum(RESOURCE_KINDS, E.choice),
  timezone: z.string().trim().refine(isZone, E.zone),
  capacity: whole(1, 1000),
  buffer_before_minutes: whole(0, 24 * 60),
  buffer_after_minutes: whole(0, 24 * 60),
  min_notice_minutes: whole(0, 60 * 24 * 60),
  window_days: whole(1, 730),
  cancel_notice_hours: whole(0, 24 * 60),
})
export const RESOURCE_FIELDS = [...Object.keys(ResourceForm.shape), ...WEEKDAY_NUMBERS.map((d) => `hours.${d}`)]

type Parsed<T> = { ok: true; body: T } | { ok: false; errors: FieldErrors }

/** The settings form (`hours.1` … `hours.7` one text per ISO weekday) to the resource's body. */
export function parseResource(values: Values): Parsed<ResourceBody> {
  const result = ResourceForm.safeParse(Object.fromEntries(Object.keys(ResourceForm.shape).map((k) => [k, values[k] ?? ""])))
  const errors: FieldErrors = result.success ? {} : issues(result.error)
  const opening_hours: OpeningHours[] = []
  for (const day of WEEKDAY_NUMBERS) {
    const parsed = parseDayHours(day, values[`hours.${day}`] ?? "")
    if (parsed.ok) opening_hours.push(...parsed.hours)
    else errors[`hours.${day}`] = parsed.error
  }
  if (!result.success || Object.keys(errors).length) return { ok: false, errors }
  return { ok: true, body: { ...result.data, opening_hours } }
}

/** A resource's stored settings as the form's values. */
export function resourceValues(resource: ResourceBody): Values {
  const values: Values = {}
  for (const key of Object.keys(ResourceForm.shape)) values[key] = String(resource[key as keyof ResourceBody])
  for (const day of WEEKDAY_NUMBERS) values[`hours.${day}`] = formatDayHours(resource.opening_hours ?? [], day)
  return values
}

const ExceptionForm = z
  .object({
    date: z
      .string()
      .trim()
      .refine(
        (v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v),
        E.date,
      ),
    kind: z.enum(["closed", "open"], E.choice),
    start_time: z.string().trim().transform(paddedTime),
    end_time: z.string().trim().transform(paddedTime),
    note: z.string().trim().max(200, E.tooLong),
  })
  .superRefine((e, ctx) => {
    for (const field of ["start_time", "end_time"] as const)
      if (e[field] && !TIME.test(e[field])) ctx.addIssue({ code: "custom", path: [field], message: E.time })
    if (!!e.start_time !== !!e.end_time)
      ctx.addIssue({ code: "custom", path: [e.start_time ? "end_time" : "start_time"], message: E.bothTimes })
    if (e.kind === "open" && !e.start_time && !e.end_time) ctx.addIssue({ code: "custom", path: ["start_time"], message: E.bothTimes })
    if (e.start_time && e.end_time && e.start_time >= e.end_time) ctx.addIssue({ code: "custom", path: ["end_time"], message: E.order })
  })
/** The exception form's field names carry a prefix: the edit page also has the settings form (its own `kind`). */
const exceptionField = (key: string) => `exception_${key}`
export const EXCEPTION_FIELDS = Object.keys(ExceptionForm.shape).map(exceptionField)

const prefixed = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([field, key]) => [field === "form" ? field : exceptionField(field), key]))

/** A dated exception: closed all day (no times), closed between two times (blocked time), or extra open hours. */
export function parseException(values: Values): Parsed<ExceptionBody> {
  const result = ExceptionForm.safeParse(
    Object.fromEntries(Object.keys(ExceptionForm.shape).map((k) => [k, values[exceptionField(k)] ?? ""])),
  )
  if (!result.success) return { ok: false, errors: prefixed(issues(result.error)) }
  const { date, kind, start_time, end_time, note } = result.data
  return { ok: true, body: { date, kind, ...(start_time ? { start_time, end_time } : {}), ...(note ? { note } : {}) } }
}

/** A backend refusal of a resource body to the form's fields (`opening_hours.3.closes` → that range's weekday). */
export function resourceBackendErrors(message: string, sent: OpeningHours[] = []): FieldErrors {
  const fieldOf = (path: string) => {
    const [head, index] = path.split(".")
    return head === "opening_hours" ? `hours.${sent[Number(index)]?.day ?? 1}` : (head ?? path)
  }
  const errors = backendErrors(message, RESOURCE_FIELDS, [], { fieldOf })
  for (const [field, key] of Object.entries(errors)) {
    if (key !== "studio.error.invalid") continue
    if (field.startsWith("hours.")) errors[field] = E.hours
    else if (field === "timezone") errors[field] = E.zone
    else if (field !== "name" && field !== "kind") errors[field] = E.wholeNumber
  }
  return errors
}

/** A backend refusal of an exception to the exception form's fields. */
export function exceptionBackendErrors(message: string): FieldErrors {
  return backendErrors(message, EXCEPTION_FIELDS, [], { fieldOf: (path) => exceptionField(path.split(".")[0] ?? path) })
}
