type Sql = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: { ids: string[]; count: string }[] }> }

// One statement with EXISTS rather than query.graph: the graph cannot filter shops by their linked
// products' status, and reading every product id of every shop to find out (thousands per shop in
// the generated catalogue) would be the home page's cost on each visit.
const SHOPS_WITH_LISTINGS_SQL = `
with shops as (
  select c.id, c.created_at
    from creator c
   where c.status = 'approved' and c.deleted_at is null
     and (?::text is null or c.programme = ?)
     and exists (
       select 1
         from creator_creator_product_product cp
         join product p on p.id = cp.product_id and p.status = 'published' and p.deleted_at is null
         join product_sales_channel psc on psc.product_id = p.id and psc.deleted_at is null and psc.sales_channel_id = any(?::text[])
        where cp.creator_id = c.id and cp.deleted_at is null)
)
select (select count(*) from shops) as count,
       coalesce((select json_agg(page.id order by page.created_at desc, page.id desc)
                   from (select * from shops order by created_at desc, id desc limit ? offset ?) page), '[]') as ids`

export type ShopsPage = { programme?: string; limit: number; offset: number; channels: string[] }

/** A page of approved shops, newest first, that have a published listing in one of the store's sales channels. */
export async function shopsWithListings(sql: Sql, page: ShopsPage): Promise<{ ids: string[]; count: number }> {
  if (!page.channels.length) return { ids: [], count: 0 }
  const programme = page.programme ?? null
  const { rows } = await sql.raw(SHOPS_WITH_LISTINGS_SQL, [programme, programme, page.channels, page.limit, page.offset])
  return { ids: rows[0]!.ids, count: Number(rows[0]!.count) }
}
