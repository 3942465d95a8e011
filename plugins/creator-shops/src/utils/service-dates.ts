export type ServiceTerms = { service_lead_time_days: number | null; service_date_required: boolean }

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** How far ahead a service can be booked. */
const MAX_DAYS_AHEAD = 366

/** today plus `days`, as YYYY-MM-DD (UTC) */
function dayAfter(today: Date, days: number): string {
  return new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + days)).toISOString().slice(0, 10)
}

/** The earliest date a service can be booked for: today plus the creator's lead time (UTC days). */
function earliestServiceDate(terms: ServiceTerms, today = new Date()): string {
  return dayAfter(today, terms.service_lead_time_days ?? 0)
}

/**
 * A line that booked a time slot (the bookings plugin writes its hold in `metadata.booking`): its
 * slot is its date, so it needs no `requested_date` (docs/decisions/052, later fixes).
 */
export function isBookedLine(metadata: Record<string, unknown> | null | undefined): boolean {
  const booking = metadata?.booking as { hold_id?: unknown } | null | undefined
  return typeof booking?.hold_id === "string"
}

/** What is wrong with a buyer's requested date for a service, or null when it is fine. */
export function serviceDateProblem(title: string, terms: ServiceTerms, requested: unknown, today = new Date()): string | null {
  if (requested === undefined || requested === null || requested === "") {
    return terms.service_date_required ? `Choose a date for "${title}" (metadata.requested_date, YYYY-MM-DD).` : null
  }
  // a real calendar date: "2026-02-31" would otherwise roll over to March
  const parsed = typeof requested === "string" && ISO_DATE.test(requested) ? new Date(`${requested}T00:00:00Z`) : null
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== requested) {
    return `The requested date for "${title}" must be a date like 2026-12-31.`
  }
  const earliest = earliestServiceDate(terms, today)
  if (requested < earliest) return `"${title}" needs ${terms.service_lead_time_days ?? 0} days' notice: the earliest date is ${earliest}.`
  const latest = dayAfter(today, MAX_DAYS_AHEAD)
  return requested > latest ? `"${title}" can be booked at most a year ahead (until ${latest}).` : null
}
