import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PUBLIC_PRODUCT_FIELDS, PUBLIC_SHOP_FIELDS, SHOP_CACHE } from "../../public-shop"
import type { StoreGetCreatorType } from "../../validators"

/**
 * An approved shop's profile in the requested locale, with a page of its published products that
 * this store (the publishable key's sales channels) sells, newest first.
 */
export const GET = async (req: MedusaRequest<unknown, StoreGetCreatorType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const options = { cache: SHOP_CACHE, ...(req.locale ? { locale: req.locale } : {}) }
  const {
    data: [creator],
  } = await query.graph(
    { entity: "creator", fields: [...PUBLIC_SHOP_FIELDS, "products.id"], filters: { handle: req.params.handle, status: "approved" } },
    options,
  )
  if (!creator) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Shop "${req.params.handle}" was not found.`)
  const { products: links, ...shop } = creator
  const ids = (links ?? []).filter(Boolean).map((p: { id: string }) => p.id)
  const channels: string[] = (req as any).publishable_key_context?.sales_channel_ids ?? []
  // which of them this store sells: read fresh (link rows carry no ids to invalidate by), then page in the query
  const { data: sold } =
    ids.length && channels.length
      ? await query.graph({
          entity: "product_sales_channel",
          fields: ["product_id"],
          filters: { product_id: ids, sales_channel_id: channels },
        })
      : { data: [] as { product_id: string }[] }
  const { data: products, metadata } = sold.length
    ? await query.graph(
        {
          entity: "product",
          fields: PUBLIC_PRODUCT_FIELDS,
          filters: { id: [...new Set(sold.map((row: { product_id: string }) => row.product_id))], status: "published" },
          pagination: { order: { created_at: "DESC", id: "DESC" }, skip: offset, take: limit },
        },
        options,
      )
    : { data: [] as any[], metadata: { count: 0 } }
  res.json({
    creator: shop,
    products: products.map(({ sales_channels, ...product }: any) => product),
    count: metadata?.count ?? 0,
    limit,
    offset,
  })
}
