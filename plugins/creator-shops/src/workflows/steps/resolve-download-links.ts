import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { LISTING_MODULE } from "../../modules/listing"
import type ListingModuleService from "../../modules/listing/service"
import { downloadUrl } from "../../utils/download-links"
import { pluginOptions } from "../../utils/options"

/** The buyer's e-mail and language and the signed links of an order's download grants (reads only). */
export const resolveDownloadLinksStep = createStep("resolve-download-links", async (input: { order_id: string }, { container }) => {
  const { backend_url, secret } = pluginOptions(container)
  const listings: ListingModuleService = container.resolve(LISTING_MODULE)
  const grants = await listings.listDownloadGrants({ order_id: input.order_id }, { relations: ["asset"] })
  const {
    data: [order],
  } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ["id", "email", "locale"], filters: { id: input.order_id } })
  const links = grants
    .filter((grant) => grant.asset)
    .map((grant) => ({
      filename: grant.asset.filename,
      url: downloadUrl(backend_url, secret, grant),
      expires_at: grant.expires_at,
      downloads_left: grant.max_downloads - grant.downloads_used,
    }))
  return new StepResponse({ email: order?.email as string | undefined, locale: order?.locale as string | undefined, links })
})
