import type { Context } from "@medusajs/framework/types"
import { InjectManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { DigitalAsset } from "./models/digital-asset"
import { DownloadGrant } from "./models/download-grant"
import { Listing } from "./models/listing"
import { ModerationDecision } from "./models/moderation-decision"

class ListingModuleService extends MedusaService({ Listing, ModerationDecision, DigitalAsset, DownloadGrant }) {
  /**
   * Counts one download against a grant, atomically: two clicks at once cannot both take the
   * last download. Returns the grant's asset, or null when the grant is used up or expired.
   */
  @InjectManager()
  async consumeDownload(grantId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const rows: { asset_id: string; downloads_used: number; max_downloads: number }[] = await sharedContext.manager!.execute(
      `UPDATE download_grant SET downloads_used = downloads_used + 1, updated_at = now()
       WHERE id = ? AND deleted_at IS NULL AND downloads_used < max_downloads AND expires_at > now()
       RETURNING asset_id, downloads_used, max_downloads`,
      [grantId],
    )
    return rows[0] ?? null
  }
}

export default ListingModuleService
