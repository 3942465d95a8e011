/**
 * The catalogue as feed builds, readiness and search read it: every published product with only what
 * the readiness rules and the feed items use — texts in the partner's language (the Translation
 * module's rows, as Query applies them), each variant's cheapest plain price in the partner's currency
 * and whether it is in stock, images by rank with their measured sizes, categories, the shop, the
 * listing kind and the export profile's fields with its variant overrides — in one statement.
 *
 * The statement is set-based (ADR 031): each part is one join or one grouped read over the selected
 * products, so over the whole catalogue the planner hashes each table once, and for a handful of
 * products (search documents) it looks them up by index. Lists come back as parallel arrays and plain
 * columns, not JSON: no JSON is built by PostgreSQL or parsed here. No Medusa imports: the feed builder
 * process (`builder-process.ts`) runs it over its own connection.
 */

/** What a pg client offers (a `pg.Client`, or a connection of the backend's knex pool). */
export type SqlClient = { query(text: string, values?: unknown[]): Promise<{ rows: any[] }> }

/** A SQL string literal (standard_conforming_strings, PostgreSQL's default since 9.1). */
export const literal = (value: string) => `'${value.replace(/'/g, "''")}'`

/** A price a variant is sold at with no rules and no price list: the one the statement reads, per currency. */
const PLAIN_PRICE = "pr.deleted_at IS NULL AND pr.rules_count = 0 AND pr.price_list_id IS NULL"

/**
 * The statement's text for a language and currency, over the published products that `where` keeps
 * (a condition on `p`; `$1` may be bound, e.g. to an id list). Ordered by product id.
 */
export function catalogueSql(language: string, currency: string, where = "true") {
  const lang = literal(language)
  const cur = literal(currency.toLowerCase())
  return `
WITH sel AS (
  SELECT p.id, p.handle, p.title, p.description, p.thumbnail, p.updated_at FROM product p
  WHERE p.status = 'published' AND p.deleted_at IS NULL AND ${where}
),
var AS (
  SELECT v.id, v.product_id, v.title, v.sku, v.variant_rank, v.manage_inventory, v.allow_backorder
  FROM sel JOIN product_variant v ON v.product_id = sel.id AND v.deleted_at IS NULL
),
price AS (
  SELECT vps.variant_id, min(pr.amount) AS amount
  FROM var JOIN product_variant_price_set vps ON vps.variant_id = var.id AND vps.deleted_at IS NULL
  JOIN price pr ON pr.price_set_id = vps.price_set_id AND ${PLAIN_PRICE} AND pr.currency_code = ${cur}
  GROUP BY vps.variant_id
),
stock AS (
  SELECT variant_id, bool_or(available < required_quantity) AS short FROM (
    SELECT vi.variant_id, vi.required_quantity, coalesce(sum(il.stocked_quantity - il.reserved_quantity), 0) AS available
    FROM var JOIN product_variant_inventory_item vi ON vi.variant_id = var.id AND vi.deleted_at IS NULL
    LEFT JOIN inventory_level il ON il.inventory_item_id = vi.inventory_item_id AND il.deleted_at IS NULL
    GROUP BY vi.id, vi.variant_id, vi.required_quantity
  ) per_item GROUP BY variant_id
),
variants AS (
  SELECT var.product_id, array_agg(var.id) AS v_id, array_agg(var.variant_rank) AS v_rank,
    array_agg(coalesce(vt.translations->>'title', var.title)) AS v_title, array_agg(var.sku) AS v_sku,
    array_agg(price.amount::text) AS v_price,
    array_agg(NOT var.manage_inventory OR var.allow_backorder OR (stock.variant_id IS NOT NULL AND NOT stock.short)) AS v_in_stock
  FROM var LEFT JOIN price ON price.variant_id = var.id LEFT JOIN stock ON stock.variant_id = var.id
  LEFT JOIN translation vt ON vt.reference = 'product_variant' AND vt.reference_id = var.id AND vt.locale_code = ${lang} AND vt.deleted_at IS NULL
  GROUP BY var.product_id
),
images AS (
  SELECT i.product_id, array_agg(i.url ORDER BY i.rank, i.id) AS i_url,
    array_agg(s.width ORDER BY i.rank, i.id) AS i_width, array_agg(s.height ORDER BY i.rank, i.id) AS i_height
  FROM sel JOIN image i ON i.product_id = sel.id AND i.deleted_at IS NULL
  LEFT JOIN export_image_size s ON s.url = i.url AND s.deleted_at IS NULL
  GROUP BY i.product_id
),
categories AS (
  SELECT pc.product_id, array_agg(c.handle ORDER BY c.id) AS c_handle,
    array_agg(coalesce(ct.translations->>'name', c.name) ORDER BY c.id) AS c_name
  FROM sel JOIN product_category_product pc ON pc.product_id = sel.id
  JOIN product_category c ON c.id = pc.product_category_id AND c.deleted_at IS NULL
  LEFT JOIN translation ct ON ct.reference = 'product_category' AND ct.reference_id = c.id AND ct.locale_code = ${lang} AND ct.deleted_at IS NULL
  GROUP BY pc.product_id
),
profiles AS (
  SELECT epl.product_id, ep.id, ep.hs_code, ep.origin_country, ep.production_year, ep.cultural_certificate_number,
    ep.cultural_certificate_date, ep.cultural_certificate_file_id, ep.dangerous_goods, ep.gtin, ep.weight_g, ep.materials::text AS materials
  FROM sel JOIN export_listing_export_profile_product_product epl ON epl.product_id = sel.id AND epl.deleted_at IS NULL
  JOIN export_profile ep ON ep.id = epl.export_profile_id AND ep.deleted_at IS NULL
),
overrides AS (
  SELECT o.profile_id, array_agg(o.variant_id) AS o_variant, array_agg(o.gtin) AS o_gtin, array_agg(o.weight_g) AS o_weight
  FROM profiles JOIN export_variant_override o ON o.profile_id = profiles.id AND o.deleted_at IS NULL
  GROUP BY o.profile_id
)
SELECT sel.id, sel.handle, sel.thumbnail, ts.width AS thumbnail_width, ts.height AS thumbnail_height, sel.updated_at,
  coalesce(tr.translations->>'title', sel.title) AS title, coalesce(tr.translations->>'description', sel.description) AS description,
  images.i_url, images.i_width, images.i_height, categories.c_handle, categories.c_name,
  cr.id AS creator_id, cr.handle AS creator_handle, cr.name AS creator_name, cr.status AS creator_status,
  l.kind AS listing_kind, l.service_date_required,
  profiles.id AS profile_id, profiles.hs_code, profiles.origin_country, profiles.production_year, profiles.cultural_certificate_number,
  profiles.cultural_certificate_date, profiles.cultural_certificate_file_id, profiles.dangerous_goods, profiles.gtin, profiles.weight_g,
  profiles.materials, overrides.o_variant, overrides.o_gtin, overrides.o_weight,
  variants.v_id, variants.v_rank, variants.v_title, variants.v_sku, variants.v_price, variants.v_in_stock
FROM sel
LEFT JOIN translation tr ON tr.reference = 'product' AND tr.reference_id = sel.id AND tr.locale_code = ${lang} AND tr.deleted_at IS NULL
LEFT JOIN export_image_size ts ON ts.url = sel.thumbnail AND ts.deleted_at IS NULL
LEFT JOIN images ON images.product_id = sel.id
LEFT JOIN categories ON categories.product_id = sel.id
LEFT JOIN creator_creator_product_product ccp ON ccp.product_id = sel.id AND ccp.deleted_at IS NULL
LEFT JOIN creator cr ON cr.id = ccp.creator_id AND cr.deleted_at IS NULL
LEFT JOIN listing_listing_product_product llp ON llp.product_id = sel.id AND llp.deleted_at IS NULL
LEFT JOIN listing l ON l.id = llp.listing_id AND l.deleted_at IS NULL
LEFT JOIN profiles ON profiles.product_id = sel.id
LEFT JOIN overrides ON overrides.profile_id = profiles.id
LEFT JOIN variants ON variants.product_id = sel.id
ORDER BY sel.id`
}

export type SqlVariant = {
  id: string
  title: string | null
  sku: string | null
  price: number | null
  in_stock: boolean
  prices: unknown[]
}

/**
 * A row of the statement as a product in the shape `loadProducts` (query.graph) gives, so readiness
 * and offers keep one code path; images carry their measured sizes (null when not measured yet).
 */
export function catalogueProduct(row: any, currency: string) {
  const cur = currency.toLowerCase()
  const variants: (SqlVariant & { rank: number })[] = []
  const ids: string[] = row.v_id ?? []
  for (let i = 0; i < ids.length; i++) {
    const amount = row.v_price[i] === null ? null : Number(row.v_price[i])
    variants.push({
      id: ids[i],
      rank: row.v_rank[i] ?? 0,
      title: row.v_title[i],
      sku: row.v_sku[i],
      price: amount,
      in_stock: row.v_in_stock[i],
      // the shape query.graph gives, so `variantPrice` reads both
      prices: amount === null ? [] : [{ amount, currency_code: cur, price_rules: [] }],
    })
  }
  if (variants.length > 1) variants.sort((a, b) => a.rank - b.rank || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const urls: string[] = row.i_url ?? []
  const overrides: string[] = row.o_variant ?? []
  return {
    id: row.id as string,
    handle: row.handle as string,
    title: row.title as string | null,
    description: row.description as string | null,
    thumbnail: row.thumbnail as string | null,
    updated_at: row.updated_at as Date,
    images: urls.map((url, i) => ({ url, width: row.i_width[i], height: row.i_height[i] })),
    thumbnail_size: { width: row.thumbnail_width as number | null, height: row.thumbnail_height as number | null },
    categories: (row.c_handle ?? []).map((handle: string, i: number) => ({ handle, name: row.c_name[i] })),
    creator: row.creator_id ? { id: row.creator_id, handle: row.creator_handle, name: row.creator_name, status: row.creator_status } : null,
    listing: row.listing_kind ? { kind: row.listing_kind, service_date_required: row.service_date_required } : null,
    export_profile: row.profile_id
      ? {
          hs_code: row.hs_code,
          origin_country: row.origin_country,
          production_year: row.production_year,
          cultural_certificate_number: row.cultural_certificate_number,
          cultural_certificate_date: row.cultural_certificate_date,
          cultural_certificate_file_id: row.cultural_certificate_file_id,
          dangerous_goods: row.dangerous_goods,
          gtin: row.gtin,
          weight_g: row.weight_g,
          materials: row.materials === null ? null : JSON.parse(row.materials),
          variant_overrides: overrides.map((variant_id, i) => ({ variant_id, gtin: row.o_gtin[i], weight_g: row.o_weight[i] })),
        }
      : null,
    variants: variants as SqlVariant[],
  }
}

export type CatalogueProduct = ReturnType<typeof catalogueProduct>

/**
 * The rows of given products (those published), e.g. a page of search documents. With `more`
 * currencies, each variant's `prices` also holds its price in each of them (read as the statement
 * reads its own currency's), so readiness for partners that differ only by currency needs one read.
 */
export async function catalogueProducts(client: SqlClient, ids: string[], language: string, currency: string, more: string[] = []) {
  if (!ids.length) return []
  const { rows } = await client.query(catalogueSql(language, currency, "p.id = ANY($1)"), [ids])
  const products = rows.map((row) => catalogueProduct(row, currency))
  const others = [...new Set(more.map((code) => code.toLowerCase()))].filter((code) => code !== currency.toLowerCase())
  const variants = new Map(products.flatMap((product) => product.variants.map((variant) => [variant.id, variant] as const)))
  if (!others.length || !variants.size) return products
  const { rows: prices } = await client.query(
    `SELECT vps.variant_id, pr.currency_code, min(pr.amount)::text AS amount
     FROM product_variant_price_set vps
     JOIN price pr ON pr.price_set_id = vps.price_set_id AND ${PLAIN_PRICE} AND pr.currency_code = ANY($2)
     WHERE vps.variant_id = ANY($1) AND vps.deleted_at IS NULL
     GROUP BY vps.variant_id, pr.currency_code`,
    [[...variants.keys()], others],
  )
  for (const price of prices) {
    variants.get(price.variant_id)!.prices.push({ amount: Number(price.amount), currency_code: price.currency_code, price_rules: [] })
  }
  return products
}
