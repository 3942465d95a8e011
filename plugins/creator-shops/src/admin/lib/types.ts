import type { CreatorStatus, LegalType, Programme } from "../../modules/creator/types"
import type { ListingKind, ModerationStatus, ServiceDelivery } from "../../modules/listing/types"

/** Shapes of the plugin's /admin/* responses, as the dashboard reads them (dates are ISO strings). */
export type Creator = {
  id: string
  handle: string
  name: string
  bio: string | null
  logo_url: string | null
  banner_url: string | null
  programme: Programme
  legal_type: LegalType
  tax_id: string | null
  email: string
  country_code: string
  status: CreatorStatus
  status_reason: string | null
  status_changed_at: string | null
  created_at: string
}

export type StatusChange = {
  id: string
  from_status: CreatorStatus | null
  to_status: CreatorStatus
  reason: string | null
  actor_type: string
  actor_id: string | null
  created_at: string
}

export type CreatorDetail = Creator & { status_changes: StatusChange[] }

export type ModerationDecision = {
  id: string
  status: ModerationStatus
  reason: string | null
  actor_type: string
  actor_id: string | null
  created_at: string
}

export type Listing = {
  id: string
  kind: ListingKind
  published: boolean
  moderation_status: ModerationStatus
  moderation_reason: string | null
  service_delivery: ServiceDelivery | null
  service_lead_time_days: number | null
  service_date_required: boolean
  download_limit: number
  download_ttl_hours: number
}

export type QueuedListing = Listing & {
  decisions?: ModerationDecision[]
  product: {
    id: string
    title: string
    handle: string
    status: string
    thumbnail: string | null
    creator: Pick<Creator, "id" | "name" | "handle"> | null
  } | null
}

export type MarketplaceSettings = { auto_approve_creators: boolean; require_listing_moderation: boolean }

/** What the product widget reads through the creator ↔ product and listing ↔ product links. */
export type ProductMarketplace = {
  id: string
  creator: Pick<Creator, "id" | "name" | "handle" | "status"> | null
  listing: (Listing & { assets?: { id: string }[] }) | null
}
