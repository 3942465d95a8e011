import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { SHOP_FIELDS } from "../../utils/retrieve-shop"
import type { AdminListCreatorsType } from "../validators"

/** Operators' list of shops, by status (the onboarding queue is `?status=pending`). */
export const GET = async (req: AuthenticatedMedusaRequest<unknown, AdminListCreatorsType>, res: MedusaResponse) => {
  const { status, programme, q, limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data, metadata } = await query.graph({
    entity: "creator",
    fields: SHOP_FIELDS,
    filters: { ...(status ? { status } : {}), ...(programme ? { programme } : {}), ...(q ? { q } : {}) },
    pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
  })
  res.json({ creators: data, count: metadata?.count ?? data.length, limit, offset })
}
