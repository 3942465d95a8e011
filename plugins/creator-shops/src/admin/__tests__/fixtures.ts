import type { CreatorDetail, QueuedListing } from "../lib/types"

export const pendingShop: CreatorDetail = {
  id: "cre_1",
  handle: "lahij-copper",
  name: "Lahij Copper",
  bio: "Hand-hammered copperware",
  logo_url: null,
  banner_url: null,
  programme: "crafts",
  legal_type: "company",
  tax_id: "1402938471",
  email: "owner@lahij.az",
  country_code: "az",
  status: "pending",
  status_reason: null,
  status_changed_at: null,
  created_at: "2025-01-02T10:00:00Z",
  status_changes: [
    {
      id: "crsc_1",
      from_status: null,
      to_status: "pending",
      reason: "signed up",
      actor_type: "creator",
      actor_id: "mem_1",
      created_at: "2025-01-02T10:00:00Z",
    },
  ],
}

export const approvedShop: CreatorDetail = {
  ...pendingShop,
  status: "approved",
  status_changes: [
    ...pendingShop.status_changes,
    {
      id: "crsc_2",
      from_status: "pending",
      to_status: "approved",
      reason: "Documents checked",
      actor_type: "user",
      actor_id: "user_1",
      created_at: "2025-01-03T09:00:00Z",
    },
  ],
}

export const pendingService: QueuedListing = {
  id: "lst_1",
  kind: "service",
  published: true,
  moderation_status: "pending",
  moderation_reason: null,
  service_delivery: "remote",
  service_lead_time_days: 3,
  service_date_required: true,
  download_limit: 5,
  download_ttl_hours: 72,
  decisions: [
    {
      id: "lmod_1",
      status: "pending",
      reason: "new listing",
      actor_type: "creator",
      actor_id: "mem_1",
      created_at: "2025-01-04T10:00:00Z",
    },
  ],
  product: {
    id: "prod_1",
    title: "Mixing session, one hour",
    handle: "mixing-hour",
    status: "draft",
    thumbnail: null,
    creator: { id: "cre_1", name: "Lahij Copper", handle: "lahij-copper" },
  },
}
