import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { deleteFilesWorkflow } from "@medusajs/medusa/core-flows"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { LISTING_MODULE } from "../../../../../../modules/listing"
import type ListingModuleService from "../../../../../../modules/listing/service"

/** Remove a file; buyers who already have a grant for it lose access with it. */
export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["listing.published", "listing.assets.id", "listing.assets.file_key"],
    filters: { id: req.params.id },
  })
  const listing = data[0]?.listing
  const asset = listing?.assets?.find((a: { id: string }) => a.id === req.params.file_id)
  if (!asset) throw new MedusaError(MedusaError.Types.NOT_FOUND, `File ${req.params.file_id} was not found on product ${req.params.id}.`)
  if (listing.published && listing.assets.filter(Boolean).length === 1) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      "This is the listing's last file: upload its replacement first, or unpublish the listing.",
    )
  }
  const listings: ListingModuleService = req.scope.resolve(LISTING_MODULE)
  await listings.softDeleteDigitalAssets(asset.id)
  await deleteFilesWorkflow(req.scope).run({ input: { ids: [asset.file_key] } })
  res.json({ id: asset.id, object: "digital_asset", deleted: true })
}
