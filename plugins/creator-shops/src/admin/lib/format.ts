import type { BadgeColor } from "@creative-market/admin-ui"

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
