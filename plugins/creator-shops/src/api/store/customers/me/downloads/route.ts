import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { LISTING_MODULE } from "../../../../../modules/listing"
import type ListingModuleService from "../../../../../modules/listing/service"
import { downloadUrl } from "../../../../../utils/download-links"
import { pluginOptions } from "../../../../../utils/options"

/** A signed-in buyer's downloads, with fresh signed links for those still usable. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { backend_url, secret } = pluginOptions(req.scope)
  const listings: ListingModuleService = req.scope.resolve(LISTING_MODULE)
  const grants = await listings.listDownloadGrants(
    // a cancelled or refunded purchase offers nothing to download (docs/decisions/055)
    { customer_id: req.auth_context.actor_id, revoked_at: null },
    { relations: ["asset"], order: { created_at: "DESC" } },
  )
  res.json({
    // a file the creator withdrew (or a deleted product) leaves its grant without an asset
    downloads: grants
      .filter((grant) => grant.asset)
      .map((grant) => {
        const usable = grant.downloads_used < grant.max_downloads && new Date(grant.expires_at) > new Date()
        return {
          id: grant.id,
          order_id: grant.order_id,
          filename: grant.asset.filename,
          downloads_left: Math.max(0, grant.max_downloads - grant.downloads_used),
          expires_at: grant.expires_at,
          url: usable ? downloadUrl(backend_url, secret, grant) : null,
        }
      }),
  })
}
