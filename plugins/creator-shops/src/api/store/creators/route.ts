import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { PUBLIC_SHOP_FIELDS, SHOP_CACHE } from "../public-shop"
import type { StoreListCreatorsType } from "../validators"
import { shopsWithListings } from "./shops-with-listings"

/** Approved shops, newest first, optionally by programme or only those with a listing on sale; bios in the requested locale. */
export const GET = async (req: MedusaRequest<unknown, StoreListCreatorsType>, res: MedusaResponse) => {
  const { programme, limit, offset, with_listings } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const options = { cache: SHOP_CACHE, ...(req.locale ? { locale: req.locale } : {}) }
  if (with_listings) {
    const channels: string[] = (req as any).publishable_key_context?.sales_channel_ids ?? []
    const sql = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const { ids, count } = await shopsWithListings(sql, { programme, limit, offset, channels })
    const { data } = ids.length
      ? await query.graph({ entity: "creator", fields: PUBLIC_SHOP_FIELDS, filters: { id: ids } }, options)
      : { data: [] as { id: string }[] }
    const byId = new Map(data.map((shop: { id: string }) => [shop.id, shop]))
    res.json({ creators: ids.map((id) => byId.get(id)).filter(Boolean), count, limit, offset })
    return
  }
  const { data, metadata } = await query.graph(
    {
      entity: "creator",
      fields: PUBLIC_SHOP_FIELDS,
      filters: { status: "approved", ...(programme ? { programme } : {}) },
      pagination: { skip: offset, take: limit, order: { created_at: "DESC", id: "DESC" } },
    },
    options,
  )
  res.json({ creators: data, count: metadata?.count ?? data.length, limit, offset })
}
