import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { PUBLIC_PRODUCT_FIELDS, PUBLIC_SHOP_FIELDS } from "../../public-shop"
import type { StoreGetCreatorType } from "../../validators"

/**
 * An approved shop's profile in the requested locale, with its products that this store
 * (the publishable key's sales channels) sells.
 */
export const GET = async (req: MedusaRequest<unknown, StoreGetCreatorType>, res: MedusaResponse) => {
  const { limit, offset } = req.validatedQuery
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const locale = req.locale ? { locale: req.locale } : undefined
  const {
    data: [creator],
  } = await query.graph(
    { entity: "creator", fields: [...PUBLIC_SHOP_FIELDS, "products.id"], filters: { handle: req.params.handle, status: "approved" } },
    locale,
  )
  if (!creator) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Shop "${req.params.handle}" was not found.`)
  const { products: links, ...shop } = creator
  const ids = (links ?? []).filter(Boolean).map((p: { id: string }) => p.id)
  const channels = new Set((req as any).publishable_key_context?.sales_channel_ids ?? [])
  const { data: products } = ids.length
    ? await query.graph(
        {
          entity: "product",
          fields: PUBLIC_PRODUCT_FIELDS,
          filters: { id: ids, status: "published" },
          pagination: { order: { created_at: "DESC" } },
        },
        locale,
      )
    : { data: [] as any[] }
  const sold = products.filter((p: any) => (p.sales_channels ?? []).some((c: any) => c && channels.has(c.id)))
  res.json({
    creator: shop,
    products: sold.slice(offset, offset + limit).map(({ sales_channels, ...product }: any) => product),
    count: sold.length,
    limit,
    offset,
  })
}
