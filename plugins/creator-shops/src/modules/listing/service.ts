import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { DigitalAsset } from "./models/digital-asset"
import { DownloadGrant } from "./models/download-grant"
import { Listing } from "./models/listing"
import { ModerationDecision } from "./models/moderation-decision"

export type DownloadFile = { file_key: string; filename: string; mime_type: string; downloads_used: number; max_downloads: number }

/** A grant that can still be used: not revoked, not used up, not expired, its file not withdrawn. */
const USABLE_GRANT = `grant_row.id = ? AND grant_row.deleted_at IS NULL AND grant_row.revoked_at IS NULL AND grant_row.downloads_used < grant_row.max_downloads
  AND grant_row.expires_at > now() AND asset.id = grant_row.asset_id AND asset.deleted_at IS NULL`
const FILE_COLUMNS = "asset.file_key, asset.filename, asset.mime_type, grant_row.downloads_used, grant_row.max_downloads"

class ListingModuleService extends MedusaService({ Listing, ModerationDecision, DigitalAsset, DownloadGrant }) {
  /**
   * Counts one download against a grant, atomically: two clicks at once cannot both take the
   * last download. Returns the grant's file, or null when the grant is revoked, used up, expired,
   * or its file was withdrawn (nothing is counted then).
   */
  @InjectManager()
  async consumeDownload(grantId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const rows: DownloadFile[] = await sharedContext.manager!.execute(
      `UPDATE download_grant AS grant_row SET downloads_used = grant_row.downloads_used + 1, updated_at = now()
       FROM digital_asset AS asset WHERE ${USABLE_GRANT} RETURNING ${FILE_COLUMNS}`,
      [grantId],
    )
    return rows[0] ?? null
  }

  /** What consumeDownload would hand out, without counting (HEAD requests, link previews). */
  @InjectManager()
  async peekDownload(grantId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const rows: DownloadFile[] = await sharedContext.manager!.execute(
      `SELECT ${FILE_COLUMNS} FROM download_grant AS grant_row, digital_asset AS asset WHERE ${USABLE_GRANT}`,
      [grantId],
    )
    return rows[0] ?? null
  }
}

export default ListingModuleService
