import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AdminListListingsType } from "../validators"

/** The moderation queue: listings by moderation status, with their product and shop. */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListListingsType>, res: MedusaResponse) => {
  const { moderation_status, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "listing",
    fields: [
      "*",
      "decisions.*",
      "product.id",
      "product.title",
      "product.handle",
      "product.status",
      "product.thumbnail",
      "product.creator.id",
      "product.creator.name",
      "product.creator.handle",
    ],
    filters: { moderation_status },
    pagination: { skip: offset, take: limit, order: { updated_at: "ASC" } },
  })
  res.json({ listings: data, count: metadata?.count ?? data.length, limit, offset })
}
