export type ServiceTerms = { service_lead_time_days: number | null; service_date_required: boolean }

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/

/** The earliest date a service can be booked for: today plus the creator's lead time (UTC days). */
export function earliestServiceDate(terms: ServiceTerms, today = new Date()): string {
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + (terms.service_lead_time_days ?? 0)))
  return date.toISOString().slice(0, 10)
}

/** What is wrong with a buyer's requested date for a service, or null when it is fine. */
export function serviceDateProblem(title: string, terms: ServiceTerms, requested: unknown, today = new Date()): string | null {
  if (requested === undefined || requested === null || requested === "") {
    return terms.service_date_required ? `Choose a date for "${title}" (metadata.requested_date, YYYY-MM-DD).` : null
  }
  if (typeof requested !== "string" || !ISO_DATE.test(requested) || Number.isNaN(Date.parse(`${requested}T00:00:00Z`))) {
    return `The requested date for "${title}" must be a date like 2026-12-31.`
  }
  const earliest = earliestServiceDate(terms, today)
  return requested < earliest ? `"${title}" needs ${terms.service_lead_time_days ?? 0} days' notice: the earliest date is ${earliest}.` : null
}
