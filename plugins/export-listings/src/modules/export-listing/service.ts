import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { ExportProfile } from "./models/export-profile"
import { ExportVariantOverride } from "./models/export-variant-override"
import { FeedFetch } from "./models/feed-fetch"
import { FeedItem } from "./models/feed-item"
import { FeedSnapshot } from "./models/feed-snapshot"
import { ImageSize } from "./models/image-size"
import { Partner } from "./models/partner"
import { PartnerToken } from "./models/partner-token"

/** `payload`: the item's JSON text */
export type FeedItemInput = { item_id: string; hash: string; payload: string }
/** `changed_key`: changed_at as PostgreSQL prints it (microseconds), for exact keyset cursors */
/** item ids per tombstoning statement */
const TOMBSTONES_PER_STATEMENT = 5000

export type FeedItemRow = { item_id: string; payload: unknown; deleted: boolean; changed_at: Date; changed_key: string }

class ExportListingModuleService extends MedusaService({
  ExportProfile,
  ExportVariantOverride,
  Partner,
  PartnerToken,
  FeedSnapshot,
  FeedFetch,
  FeedItem,
  ImageSize,
}) {
  /**
   * Records the new or changed items a build produced (the builder leaves out those whose hash the
   * partner already has): they get `changed_at = now`. One statement per page of items.
   */
  @InjectManager()
  async upsertFeedItems(
    partnerId: string,
    build: string,
    items: FeedItemInput[],
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ) {
    if (!items.length) return
    const values = items.map(() => "(?, ?, ?, ?, ?::jsonb, false, now(), ?, now(), now())").join(", ")
    const params = items.flatMap((item) => [`efit_${partnerId}_${item.item_id}`, partnerId, item.item_id, item.hash, item.payload, build])
    await sharedContext.manager!.execute(
      `INSERT INTO export_feed_item (id, partner_id, item_id, hash, payload, deleted, changed_at, seen_build, created_at, updated_at)
       VALUES ${values}
       ON CONFLICT (partner_id, item_id) WHERE deleted_at IS NULL DO UPDATE SET seen_build = EXCLUDED.seen_build, updated_at = now(),
         hash = EXCLUDED.hash, payload = EXCLUDED.payload, deleted = false,
         changed_at = CASE WHEN export_feed_item.hash = EXCLUDED.hash AND NOT export_feed_item.deleted THEN export_feed_item.changed_at ELSE now() END`,
      params,
    )
  }

  /** The live items a published build did not produce become tombstones; returns how many. */
  @InjectManager()
  async tombstoneFeedItems(partnerId: string, itemIds: string[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    let count = 0
    for (let start = 0; start < itemIds.length; start += TOMBSTONES_PER_STATEMENT) {
      const rows = await sharedContext.manager!.execute(
        `UPDATE export_feed_item SET deleted = true, payload = NULL, changed_at = now(), updated_at = now()
         WHERE partner_id = ? AND deleted = false AND deleted_at IS NULL
           AND item_id IN (SELECT jsonb_array_elements_text(?::jsonb)) RETURNING item_id`,
        [partnerId, JSON.stringify(itemIds.slice(start, start + TOMBSTONES_PER_STATEMENT))],
      )
      count += rows.length
    }
    return count
  }

  /** A page of the change feed in (changed_at, item_id) order, after a keyset position. */
  @InjectManager()
  async listFeedChanges(
    partnerId: string,
    options: { since?: Date; after?: { changed_key: string; item_id: string }; limit: number },
    @MedusaContext() sharedContext: Context<EntityManager> = {},
  ): Promise<FeedItemRow[]> {
    const where = ["partner_id = ?"]
    const params: unknown[] = [partnerId]
    if (options.since) {
      where.push("changed_at >= ?")
      params.push(options.since)
    }
    if (options.after) {
      where.push("(changed_at, item_id) > (?::timestamptz, ?)")
      params.push(options.after.changed_key, options.after.item_id)
    }
    return sharedContext.manager!.execute(
      `SELECT item_id, payload, deleted, changed_at, changed_at::text AS changed_key FROM export_feed_item WHERE ${where.join(" AND ")}
       ORDER BY changed_at, item_id LIMIT ?`,
      [...params, options.limit],
    )
  }
}

export default ExportListingModuleService
