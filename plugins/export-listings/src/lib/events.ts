export const ExportEvents = {
  /** data: { id: product id } */
  PROFILE_UPDATED: "export_profile.updated",
  /** a partner was created or changed (market, language, currency, kinds, active): which products are ready where may change. data: { id: partner id } */
  PARTNER_UPDATED: "export_partner.updated",
  /** data: { id: partner id, snapshot_id, item_count } */
  FEED_PUBLISHED: "export_feed.published",
  /** data: { id: partner id, reason } */
  FEED_HELD: "export_feed.held",
} as const

/**
 * After these a listed product may look different to buyers and partners: the product and its
 * variants (prices), its shop, its export profile. Feeds rebuild on them; the app's search index too.
 */
export const PRODUCT_VIEW_EVENTS: string[] = [
  "product.created",
  "product.updated",
  "product.deleted",
  "product-variant.created",
  "product-variant.updated",
  "product-variant.deleted",
  "creator.updated",
  "creator.status_changed",
  ExportEvents.PROFILE_UPDATED,
]
