import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { DigitalAsset } from "./models/digital-asset"
import { DownloadGrant } from "./models/download-grant"
import { Listing } from "./models/listing"
import { ModerationDecision } from "./models/moderation-decision"

export type DownloadFile = { file_key: string; filename: string; mime_type: string; downloads_used: number; max_downloads: number }

class ListingModuleService extends MedusaService({ Listing, ModerationDecision, DigitalAsset, DownloadGrant }) {
  /**
   * Counts one download against a grant, atomically: two clicks at once cannot both take the
   * last download. Returns the grant's file, or null when the grant is used up, expired, or its
   * file was withdrawn (nothing is counted then).
   */
  @InjectManager()
  async consumeDownload(grantId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const rows: DownloadFile[] = await sharedContext.manager!.execute(
      `UPDATE download_grant AS grant_row SET downloads_used = grant_row.downloads_used + 1, updated_at = now()
       FROM digital_asset AS asset
       WHERE grant_row.id = ? AND grant_row.deleted_at IS NULL AND grant_row.downloads_used < grant_row.max_downloads
         AND grant_row.expires_at > now() AND asset.id = grant_row.asset_id AND asset.deleted_at IS NULL
       RETURNING asset.file_key, asset.filename, asset.mime_type, grant_row.downloads_used, grant_row.max_downloads`,
      [grantId],
    )
    return rows[0] ?? null
  }

  /** What consumeDownload would hand out, without counting (HEAD requests, link previews). */
  @InjectManager()
  async peekDownload(grantId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const rows: DownloadFile[] = await sharedContext.manager!.execute(
      `SELECT asset.file_key, asset.filename, asset.mime_type, grant_row.downloads_used, grant_row.max_downloads
       FROM download_grant AS grant_row JOIN digital_asset AS asset ON asset.id = grant_row.asset_id
       WHERE grant_row.id = ? AND grant_row.deleted_at IS NULL AND grant_row.downloads_used < grant_row.max_downloads
         AND grant_row.expires_at > now() AND asset.deleted_at IS NULL`,
      [grantId],
    )
    return rows[0] ?? null
  }
}

export default ListingModuleService
