export const ExportEvents = {
  /** data: { id: product id } */
  PROFILE_UPDATED: "export_profile.updated",
  /** data: { id: partner id, snapshot_id, item_count } */
  FEED_PUBLISHED: "export_feed.published",
  /** data: { id: partner id, reason } */
  FEED_HELD: "export_feed.held",
} as const
