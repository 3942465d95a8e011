export const PROGRAMMES = ["music", "gametech", "cultech", "crafts", "other"] as const
export type Programme = (typeof PROGRAMMES)[number]

export const LEGAL_TYPES = ["individual", "company"] as const
export type LegalType = (typeof LEGAL_TYPES)[number]

export const CREATOR_STATUSES = ["pending", "approved", "rejected", "suspended"] as const
export type CreatorStatus = (typeof CREATOR_STATUSES)[number]

export const MEMBER_ROLES = ["owner", "staff"] as const
export type MemberRole = (typeof MEMBER_ROLES)[number]

/** The status changes an operator may make, and the event each one emits. */
export const CREATOR_TRANSITIONS: Record<string, { from: CreatorStatus[]; to: CreatorStatus; event: string }> = {
  approve: { from: ["pending", "suspended", "rejected"], to: "approved", event: "creator.approved" },
  reject: { from: ["pending"], to: "rejected", event: "creator.rejected" },
  suspend: { from: ["approved"], to: "suspended", event: "creator.suspended" },
}
export type CreatorDecision = keyof typeof CREATOR_TRANSITIONS

export const CreatorEvents = {
  SIGNED_UP: "creator.signed_up",
  UPDATED: "creator.updated",
  APPROVED: "creator.approved",
  REJECTED: "creator.rejected",
  SUSPENDED: "creator.suspended",
  STATUS_CHANGED: "creator.status_changed",
  INVITED: "creator.member_invited",
} as const

/**
 * The payload of `creator.approved`, `creator.rejected`, `creator.suspended` and
 * `creator.status_changed`, wherever they are emitted (an operator's decision, an auto-approved
 * sign-up, a shop registered as approved); `from` is null for a new shop.
 */
export type CreatorStatusEventData = { id: string; from: CreatorStatus | null; to: CreatorStatus; reason: string | null }
