import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { StoreListListingsType } from "../validators"

const FIELDS = [
  "id",
  "sales_channels.id",
  "listing.kind",
  "listing.service_delivery",
  "listing.service_lead_time_days",
  "listing.service_date_required",
  "listing.download_limit",
  "listing.download_ttl_hours",
  "creator.id",
  "creator.handle",
  "creator.name",
  "creator.status",
]

/**
 * What a storefront shows of published products beyond Medusa's product: the listing kind with its
 * details and the approved creator selling it. Products this store does not sell are left out.
 */
export const GET = async (req: MedusaRequest<unknown, StoreListListingsType>, res: MedusaResponse) => {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const channels = new Set((req as any).publishable_key_context?.sales_channel_ids ?? [])
  const { data } = await query.graph(
    { entity: "product", fields: FIELDS, filters: { id: req.validatedQuery.product_id, status: "published" } },
    req.locale ? { locale: req.locale } : undefined,
  )
  const listings = data
    .filter((p: any) => p.listing && p.creator?.status === "approved" && (p.sales_channels ?? []).some((c: any) => c && channels.has(c.id)))
    .map((p: any) => {
      const { status, ...creator } = p.creator
      return { product_id: p.id, ...p.listing, creator }
    })
  res.json({ listings })
}
