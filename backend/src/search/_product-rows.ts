import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * Product rows for search documents, read in one SQL statement per page: the fields
 * `PRODUCT_GRAPH_FIELDS` names, in the shape query.graph gives them (so `toProductDocument` is the
 * one document builder), with each product's translations attached. Query costs ~20× more per
 * product (a remote join across the product, pricing, sales-channel and link modules and an ORM
 * entity per row), which was 90% of a full reindex (ADR 026). Only plain prices (no rules) are
 * read, one per variant and currency: the cheapest is all the document keeps. Shop and listing
 * are LATERAL lookups by product id (as plain joins the planner hashes each whole link table).
 */
const rowsSql = (where: string) => `
WITH page AS (
  SELECT p.id, p.handle, p.title, p.subtitle, p.description, p.thumbnail, p.status, p.origin_country,
    p.created_at, p.updated_at, p.deleted_at
  FROM product p
  WHERE ${where}
  ORDER BY p.id
  LIMIT :limit
)
SELECT page.*,
  coalesce((SELECT json_agg(json_build_object('id', c.id, 'name', c.name) ORDER BY c.id)
    FROM product_category_product pc
    JOIN product_category c ON c.id = pc.product_category_id AND c.deleted_at IS NULL
    WHERE pc.product_id = page.id), '[]') AS categories,
  coalesce((SELECT json_agg(json_build_object('value', t.value) ORDER BY t.value)
    FROM product_tags pt
    JOIN product_tag t ON t.id = pt.product_tag_id AND t.deleted_at IS NULL
    WHERE pt.product_id = page.id), '[]') AS tags,
  coalesce((SELECT json_agg(json_build_object('id', psc.sales_channel_id) ORDER BY psc.sales_channel_id)
    FROM product_sales_channel psc
    JOIN sales_channel sc ON sc.id = psc.sales_channel_id AND sc.deleted_at IS NULL
    WHERE psc.product_id = page.id AND psc.deleted_at IS NULL), '[]') AS sales_channels,
  coalesce((SELECT json_agg(json_build_object('prices', coalesce((
      SELECT json_agg(json_build_object('amount', pr.amount, 'currency_code', pr.currency_code, 'price_rules', '[]'::json))
      FROM product_variant_price_set vps
      JOIN price pr ON pr.price_set_id = vps.price_set_id AND pr.deleted_at IS NULL AND pr.rules_count = 0
      WHERE vps.variant_id = v.id AND vps.deleted_at IS NULL), '[]')))
    FROM product_variant v
    WHERE v.product_id = page.id AND v.deleted_at IS NULL), '[]') AS variants,
  coalesce((SELECT json_agg(json_build_object('reference_id', tr.reference_id, 'locale_code', tr.locale_code, 'translations', tr.translations))
    FROM translation tr
    WHERE tr.reference = 'product' AND tr.reference_id = page.id AND tr.deleted_at IS NULL), '[]') AS translations,
  CASE WHEN cr.id IS NULL THEN NULL ELSE json_build_object('id', cr.id, 'name', cr.name, 'handle', cr.handle,
    'programme', cr.programme, 'status', cr.status) END AS creator,
  CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('kind', l.kind) END AS listing
FROM page
LEFT JOIN LATERAL (SELECT cr.* FROM creator_creator_product_product ccp
  JOIN creator cr ON cr.id = ccp.creator_id AND cr.deleted_at IS NULL
  WHERE ccp.product_id = page.id AND ccp.deleted_at IS NULL LIMIT 1) cr ON true
LEFT JOIN LATERAL (SELECT l.* FROM listing_listing_product_product llp
  JOIN listing l ON l.id = llp.listing_id AND l.deleted_at IS NULL
  WHERE llp.product_id = page.id AND llp.deleted_at IS NULL LIMIT 1) l ON true
ORDER BY page.id`

export type ProductRowsPage = {
  /** keyset: rows with an id after this one */
  after?: string
  /** only these products */
  ids?: string[]
  /** only products changed at or after this (soft-deleted ones included, with `deleted_at` set) */
  since?: Date
  limit: number
}

/** One page of product rows in ascending id order; soft-deleted products only with `since`. */
export async function loadProductRows(container: MedusaContainer, page: ProductRowsPage): Promise<any[]> {
  if (page.ids && !page.ids.length) return []
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const where = [
    page.since ? "p.updated_at >= :since" : "p.deleted_at IS NULL",
    ...(page.after === undefined ? [] : ["p.id > :after"]),
    ...(page.ids ? ["p.id = ANY(:ids)"] : []),
  ].join(" AND ")
  const { rows } = await knex.raw(rowsSql(where), {
    limit: page.limit,
    ...(page.since ? { since: page.since } : {}),
    ...(page.after === undefined ? {} : { after: page.after }),
    ...(page.ids ? { ids: page.ids } : {}),
  })
  return rows
}
