import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PUBLIC_SHOP_FIELDS } from "../public-shop"
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
      pagination: { skip: offset, take: limit, order: { created_at: "DESC" } },
    },
    req.locale ? { locale: req.locale } : undefined,
  )
  res.json({ creators: data, count: metadata?.count ?? data.length, limit, offset })
}
