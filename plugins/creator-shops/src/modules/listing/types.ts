export const LISTING_KINDS = ["physical", "digital", "service"] as const
export type ListingKind = (typeof LISTING_KINDS)[number]

export const MODERATION_STATUSES = ["approved", "pending", "rejected"] as const
export type ModerationStatus = (typeof MODERATION_STATUSES)[number]

/** "both": offered remotely and on site, the variants say which (docs/decisions/053) */
export const SERVICE_DELIVERIES = ["remote", "onsite", "both"] as const
export type ServiceDelivery = (typeof SERVICE_DELIVERIES)[number]

export const ListingEvents = {
  SUBMITTED: "listing.submitted",
  APPROVED: "listing.approved",
  REJECTED: "listing.rejected",
  DOWNLOADS_GRANTED: "listing.downloads_granted",
} as const
