import type { ServiceTerms } from "../types"

/**
 * How each demo service is delivered: remote work needs no date, lessons and studio time do. A class
 * sold in remote and on-site variants is "both": the variant the buyer picks says which.
 */
export const SERVICE_TERMS: Record<string, ServiceTerms> = {
  "studio-live-room-recording": { delivery: "onsite", lead_time_days: 2, date_required: true },
  "studio-mixing-and-mastering": { delivery: "remote", lead_time_days: 5, date_required: false },
  "studio-vocal-booth": { delivery: "onsite", lead_time_days: 1, date_required: true },
  "commission-logo-design": { delivery: "remote", lead_time_days: 10, date_required: false },
  "commission-animated-short": { delivery: "remote", lead_time_days: 30, date_required: false },
  "commission-miniature-portrait": { delivery: "remote", lead_time_days: 21, date_required: false },
  "masterclass-carpet-weaving": { delivery: "both", lead_time_days: 3, date_required: true },
  "masterclass-pottery-wheel": { delivery: "onsite", lead_time_days: 3, date_required: true },
  "masterclass-copper-chasing": { delivery: "both", lead_time_days: 3, date_required: true },
  "masterclass-kelagayi-printing": { delivery: "both", lead_time_days: 3, date_required: true },
  "masterclass-tar-first-steps": { delivery: "both", lead_time_days: 1, date_required: true },
  "dance-yalli-group-class": { delivery: "both", lead_time_days: 1, date_required: true },
  "dance-lezginka-private-lesson": { delivery: "both", lead_time_days: 2, date_required: true },
  "dance-wedding-choreography": { delivery: "both", lead_time_days: 14, date_required: false },
  // the centre's own: booked through time slots (bookings plugin), so no free-text date
  "centre-photo-studio": { delivery: "onsite", lead_time_days: 0, date_required: false },
  "centre-video-studio": { delivery: "onsite", lead_time_days: 0, date_required: false },
  "centre-sound-studio": { delivery: "onsite", lead_time_days: 0, date_required: false },
  "centre-animation-studio": { delivery: "onsite", lead_time_days: 0, date_required: false },
  "centre-dance-studio": { delivery: "onsite", lead_time_days: 0, date_required: false },
  "centre-masterclass-ai-animation": { delivery: "onsite", lead_time_days: 0, date_required: false },
  "centre-masterclass-ai-music": { delivery: "onsite", lead_time_days: 0, date_required: false },
}
