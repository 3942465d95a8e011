import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * One page of published products for a feed build, read in one SQL statement by id range
 * with only what the readiness rules and the feed items use: texts in the partner's language (the
 * Translation module's rows, as Query applies them), each variant's cheapest plain price in the
 * partner's currency and whether it is in stock, images by rank, categories, the shop, the listing
 * kind and the export profile's fields that readiness and offers read (not the whole row: a fifth fewer
 * bytes per page) with its variant overrides. Rows come out in the shape `loadProducts` (query.graph)
 * gives, so readiness and offers need one code path; Query itself costs ~10× more per
 * product (a remote join across six modules and an ORM entity per row), which dominated the build.
 * The shop, listing and export profile are LATERAL lookups by product id: as plain joins the planner
 * hashed each whole link table for every page (three scans of 100k rows per 500 products).
 */
const pageSql = (where: string) => `
WITH page AS (
  SELECT p.id, p.handle, p.title, p.description, p.thumbnail, p.updated_at
  FROM product p
  WHERE p.status = 'published' AND p.deleted_at IS NULL AND ${where}
  ORDER BY p.id
  LIMIT :limit
)
SELECT page.id, page.handle, page.thumbnail, page.updated_at,
  coalesce(tr.translations->>'title', page.title) AS title,
  coalesce(tr.translations->>'description', page.description) AS description,
  (SELECT json_agg(json_build_object('url', i.url) ORDER BY i.rank, i.id) FROM image i
    WHERE i.product_id = page.id AND i.deleted_at IS NULL) AS images,
  (SELECT json_agg(json_build_object('handle', c.handle, 'name', coalesce(ct.translations->>'name', c.name)) ORDER BY c.id)
    FROM product_category_product pc
    JOIN product_category c ON c.id = pc.product_category_id AND c.deleted_at IS NULL
    LEFT JOIN translation ct ON ct.reference = 'product_category' AND ct.reference_id = c.id AND ct.locale_code = :language AND ct.deleted_at IS NULL
    WHERE pc.product_id = page.id) AS categories,
  CASE WHEN cr.id IS NULL THEN NULL ELSE json_build_object('id', cr.id, 'handle', cr.handle, 'name', cr.name, 'status', cr.status) END AS creator,
  CASE WHEN l.id IS NULL THEN NULL ELSE json_build_object('kind', l.kind, 'service_date_required', l.service_date_required) END AS listing,
  CASE WHEN ep.id IS NULL THEN NULL ELSE json_build_object('hs_code', ep.hs_code, 'origin_country', ep.origin_country,
    'production_year', ep.production_year, 'cultural_certificate_number', ep.cultural_certificate_number,
    'cultural_certificate_date', ep.cultural_certificate_date, 'cultural_certificate_file_id', ep.cultural_certificate_file_id,
    'dangerous_goods', ep.dangerous_goods, 'gtin', ep.gtin, 'weight_g', ep.weight_g, 'materials', ep.materials,
    'variant_overrides', coalesce((SELECT json_agg(json_build_object('variant_id', o.variant_id, 'gtin', o.gtin, 'weight_g', o.weight_g))
      FROM export_variant_override o WHERE o.profile_id = ep.id AND o.deleted_at IS NULL), '[]'::json)) END AS export_profile,
  (SELECT json_agg(json_build_object(
      'id', v.id, 'title', coalesce(vt.translations->>'title', v.title), 'sku', v.sku,
      'price', (SELECT min(pr.amount) FROM product_variant_price_set vps
        JOIN price pr ON pr.price_set_id = vps.price_set_id AND pr.deleted_at IS NULL AND pr.rules_count = 0
          AND pr.price_list_id IS NULL AND pr.currency_code = :currency
        WHERE vps.variant_id = v.id AND vps.deleted_at IS NULL),
      'in_stock', NOT v.manage_inventory OR v.allow_backorder OR (
        EXISTS (SELECT 1 FROM product_variant_inventory_item vi WHERE vi.variant_id = v.id AND vi.deleted_at IS NULL)
        AND NOT EXISTS (SELECT 1 FROM product_variant_inventory_item vi WHERE vi.variant_id = v.id AND vi.deleted_at IS NULL
          AND coalesce((SELECT sum(il.stocked_quantity - il.reserved_quantity) FROM inventory_level il
            WHERE il.inventory_item_id = vi.inventory_item_id AND il.deleted_at IS NULL), 0) < vi.required_quantity))
    ) ORDER BY v.variant_rank, v.id)
    FROM product_variant v
    LEFT JOIN translation vt ON vt.reference = 'product_variant' AND vt.reference_id = v.id AND vt.locale_code = :language AND vt.deleted_at IS NULL
    WHERE v.product_id = page.id AND v.deleted_at IS NULL) AS variants
FROM page
LEFT JOIN translation tr ON tr.reference = 'product' AND tr.reference_id = page.id AND tr.locale_code = :language AND tr.deleted_at IS NULL
LEFT JOIN LATERAL (SELECT cr.* FROM creator_creator_product_product ccp
  JOIN creator cr ON cr.id = ccp.creator_id AND cr.deleted_at IS NULL
  WHERE ccp.product_id = page.id AND ccp.deleted_at IS NULL LIMIT 1) cr ON true
LEFT JOIN LATERAL (SELECT l.* FROM listing_listing_product_product llp
  JOIN listing l ON l.id = llp.listing_id AND l.deleted_at IS NULL
  WHERE llp.product_id = page.id AND llp.deleted_at IS NULL LIMIT 1) l ON true
LEFT JOIN LATERAL (SELECT ep.id, ep.hs_code, ep.origin_country, ep.production_year, ep.cultural_certificate_number,
    ep.cultural_certificate_date, ep.cultural_certificate_file_id, ep.dangerous_goods, ep.gtin, ep.weight_g, ep.materials
  FROM export_listing_export_profile_product_product epl
  JOIN export_profile ep ON ep.id = epl.export_profile_id AND ep.deleted_at IS NULL
  WHERE epl.product_id = page.id AND epl.deleted_at IS NULL LIMIT 1) ep ON true
ORDER BY page.id`

export type SqlVariant = { id: string; title: string | null; sku: string | null; price: number | null; in_stock: boolean }

/** A range of the catalogue by product id: `after` < id ≤ `until` (no upper end when null). */
export type FeedRange = { after: string; until: string | null }

/** The page statement for a range, with its values bound (`.toQuery()` gives its text, e.g. for a COPY baseline). */
export function feedPageQuery(container: MedusaContainer, range: FeedRange, language: string, currency: string) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const where = range.until === null ? "p.id > :after" : "p.id > :after AND p.id <= :until"
  return knex.raw(pageSql(where), { ...range, limit: 2_147_483_647, language, currency: currency.toLowerCase() })
}

/**
 * Where each page of the catalogue starts: "" and then every `size`-th published product id. The
 * pages are the ranges between them, so several can load at once and a product published or
 * withdrawn during a build moves no other product to another page (no gap, no duplicate).
 * One index-only scan; the list holds one id per page.
 */
export async function feedPageStarts(container: MedusaContainer, size: number): Promise<string[]> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT id FROM (SELECT id, row_number() OVER (ORDER BY id) AS n FROM product
      WHERE status = 'published' AND deleted_at IS NULL) numbered WHERE n % :size = 0 ORDER BY id`,
    { size },
  )
  return ["", ...rows.map((row: { id: string }) => row.id)]
}

/** The same rows for given products (those published), e.g. a page of search documents. */
export async function loadFeedProducts(container: MedusaContainer, ids: string[], language: string, currency: string) {
  if (!ids.length) return []
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(pageSql("p.id = ANY(:ids)"), { ids, limit: ids.length, language, currency: currency.toLowerCase() })
  return feedRows(rows, currency)
}

/** The feed products of a range of the catalogue, in a partner's language and currency. */
export async function loadFeedPage(container: MedusaContainer, range: FeedRange, language: string, currency: string) {
  const { rows } = await feedPageQuery(container, range, language, currency)
  return feedRows(rows, currency)
}

function feedRows(rows: any[], currency: string) {
  return rows.map((row) => ({
    ...row,
    images: row.images ?? [],
    categories: row.categories ?? [],
    variants: ((row.variants ?? []) as SqlVariant[]).map((variant) => ({
      ...variant,
      price: variant.price === null ? null : Number(variant.price),
      // the shape query.graph gives, so `variantPrice` reads both
      prices: variant.price === null ? [] : [{ amount: Number(variant.price), currency_code: currency.toLowerCase(), price_rules: [] }],
    })),
  }))
}
