import type { Context } from "@medusajs/framework/types"
import { generateEntityId, InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
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
/** item ids per tombstoning statement */
const TOMBSTONES_PER_STATEMENT = 5000

/** A partner's row as a token finds it, with the token's `expires_at` */
export type TokenPartner = Record<string, any> & { id: string; active: boolean; token_expires_at: Date | null }
export type FeedFetchEntry = { partner_id: string; path: string; status: number; bytes: number; etag_hit: boolean; created_at: Date }
export type ServedSnapshot = { id: string; path: string; etag: string; built_at: Date }

/** `changed_key`: changed_at as PostgreSQL prints it (microseconds), for exact keyset cursors */
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

  /**
   * The partner a live token (not revoked) belongs to, with the token's `expires_at` and the snapshot
   * its feed URL serves (`snapshot_*`, null before the first build): one indexed statement, since every
   * partner request asks it first and a pull of an unchanged feed needs nothing else (ADR 044).
   */
  @InjectManager()
  async partnerByTokenHash(tokenHash: string, @MedusaContext() sharedContext: Context<EntityManager> = {}): Promise<TokenPartner | null> {
    const [row] = await sharedContext.manager!.execute<TokenPartner[]>(
      `SELECT p.*, t.expires_at AS token_expires_at,
         s.id AS snapshot_id, s.path AS snapshot_path, s.etag AS snapshot_etag, s.built_at AS snapshot_built_at
       FROM export_partner_token t
       JOIN export_partner p ON p.id = t.partner_id AND p.deleted_at IS NULL
       LEFT JOIN LATERAL (
         SELECT id, path, etag, built_at FROM export_feed_snapshot
         WHERE partner_id = p.id AND status = 'published' AND path IS NOT NULL AND deleted_at IS NULL
         ORDER BY built_at DESC LIMIT 1
       ) s ON true
       WHERE t.token_hash = ? AND t.revoked_at IS NULL AND t.deleted_at IS NULL LIMIT 1`,
      [tokenHash],
    )
    return row ?? null
  }

  /** Writes lines of the partners' fetch log in one statement (lib/feeds/fetch-log.ts batches them). */
  @InjectManager()
  async recordFeedFetches(entries: FeedFetchEntry[], @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    if (!entries.length) return
    await sharedContext.manager!.execute(
      `INSERT INTO export_feed_fetch (id, partner_id, path, status, bytes, etag_hit, created_at, updated_at)
       VALUES ${entries.map(() => "(?, ?, ?, ?, ?, ?, ?, ?)").join(", ")}`,
      entries.flatMap((e) => [
        generateEntityId(undefined, "effe"),
        e.partner_id,
        e.path,
        e.status,
        e.bytes,
        e.etag_hit,
        e.created_at,
        e.created_at,
      ]),
    )
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
