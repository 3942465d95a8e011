type BadgeColor = "green" | "red" | "blue" | "orange" | "grey" | "purple"

/** Badge colours of shop statuses and of listing moderation statuses. */
export const STATUS_COLORS: Record<string, BadgeColor> = {
  pending: "orange",
  approved: "green",
  rejected: "red",
  suspended: "grey",
}

export const PROGRAMME_LABELS: Record<string, string> = {
  music: "Music",
  gametech: "Gametech",
  cultech: "Cultech",
  crafts: "Crafts",
  other: "Other",
}

export const LEGAL_TYPE_LABELS: Record<string, string> = { individual: "Individual", company: "Company" }

export const KIND_LABELS: Record<string, string> = { physical: "Physical", digital: "Digital", service: "Service" }

/** "pending" → "Pending"; for enum values without a label of their own. */
export const titleCase = (value: string) => value.charAt(0).toUpperCase() + value.slice(1).replace(/_/g, " ")

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium" })
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short" })

export const formatDate = (iso: string | null | undefined) => (iso ? dateFormat.format(new Date(iso)) : "–")
export const formatDateTime = (iso: string | null | undefined) => (iso ? dateTimeFormat.format(new Date(iso)) : "–")

/** The message of a failed request (the backend's `{ message }`), for a toast. */
export const errorMessage = (error: unknown) =>
  error instanceof Error && error.message ? error.message : "Something went wrong. Try again."
