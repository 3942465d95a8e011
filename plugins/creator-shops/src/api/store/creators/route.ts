import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PUBLIC_SHOP_FIELDS, SHOP_CACHE } from "../public-shop"
import type { StoreListCreatorsType } from "../validators"

/** Approved shops, newest first, optionally by programme; bios in the requested locale. */
export const GET = async (req: MedusaRequest<unknown, StoreListCreatorsType>, res: MedusaResponse) => {
  const { programme, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph(
    {
      entity: "creator",
      fields: PUBLIC_SHOP_FIELDS,
      filters: { status: "approved", ...(programme ? { programme } : {}) },
      pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
    },
    { cache: SHOP_CACHE, ...(req.locale ? { locale: req.locale } : {}) },
  )
  res.json({ creators: data, count: metadata?.count ?? data.length, limit, offset })
}
