type Sql = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: any[] }> }

// One statement over the order module's tables (an order's current version: its lines and method):
// query.graph cannot filter orders by their method's option, and a shop may have many orders.
const UNSHIPPED_SQL = `
select distinct o.display_id
  from "order" o
  join order_shipping os on os.order_id = o.id and os.version = o.version and os.deleted_at is null
  join order_shipping_method sm on sm.id = os.shipping_method_id and sm.deleted_at is null
  join order_item oi on oi.order_id = o.id and oi.version = o.version and oi.deleted_at is null
  join order_line_item li on li.id = oi.item_id and li.deleted_at is null
 where sm.shipping_option_id = ? and o.deleted_at is null and o.status not in ('canceled', 'draft')
   and li.requires_shipping and oi.quantity > oi.fulfilled_quantity
 order by o.display_id`

/** The display ids of the orders placed with shipping option `optionId` that still have goods to ship. */
export async function unshippedOrdersOf(sql: Sql, optionId: string): Promise<number[]> {
  const { rows } = await sql.raw(UNSHIPPED_SQL, [optionId])
  return rows.map((row) => Number(row.display_id))
}
