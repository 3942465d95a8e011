import { MedusaError } from "@medusajs/framework/utils"

/** A cart line's need of one inventory item, and what each of the sales channel's locations has left. */
export type StockLine = {
  line_item_id: string
  title: string
  /** units of the inventory item the line needs (its quantity × the item's required quantity) */
  quantity: number
  allow_backorder: boolean
  inventory_item_id: string
  /** true when a reservation for this line already exists (a completion of the same cart is under way) */
  reserved_by_cart: boolean
  /** the channel's locations stocking the item, with stocked − reserved */
  levels: { location_id: string; available: number }[]
}

type Sql = { raw: (sql: string, bindings: unknown[]) => Promise<{ rows: any[] }> }

// One statement instead of a cross-module query.graph (cart → lines → variants → inventory items,
// cart → sales channel → locations) and the levels' read: the stock check is the path every buyer
// of a sold-out item takes, so it stays this cheap (docs/decisions/032). Carts already completed,
// or with an order group, have nothing to reserve: the workflow's validation answers them.
const CART_STOCK_SQL = `
select li.id as line_item_id, coalesce(li.product_title, li.title) as title,
       li.quantity * pvii.required_quantity as quantity, v.allow_backorder, pvii.inventory_item_id,
       exists (select 1 from reservation_item r where r.line_item_id = li.id and r.deleted_at is null) as reserved_by_cart,
       coalesce((select json_agg(json_build_object('location_id', l.location_id, 'available', l.stocked_quantity - l.reserved_quantity)
                                 order by l.location_id)
                   from inventory_level l
                   join sales_channel_stock_location scl on scl.stock_location_id = l.location_id
                    and scl.sales_channel_id = c.sales_channel_id and scl.deleted_at is null
                  where l.inventory_item_id = pvii.inventory_item_id and l.deleted_at is null), '[]') as levels
  from cart c
  join cart_line_item li on li.cart_id = c.id and li.deleted_at is null
  join product_variant v on v.id = li.variant_id and v.deleted_at is null and v.manage_inventory
  join product_variant_inventory_item pvii on pvii.variant_id = v.id and pvii.deleted_at is null
 where c.id = ? and c.deleted_at is null and c.completed_at is null
   and not exists (select 1 from order_group g where g.cart_id = c.id and g.deleted_at is null)
 order by li.id, pvii.inventory_item_id`

/** The stock the cart's lines need, read in one statement; empty for a cart gone, completed or grouped. */
export async function readCartStock(sql: Sql, cartId: string): Promise<StockLine[]> {
  const { rows } = await sql.raw(CART_STOCK_SQL, [cartId])
  return rows.map((row) => ({
    line_item_id: row.line_item_id,
    title: row.title,
    quantity: Number(row.quantity),
    allow_backorder: !!row.allow_backorder,
    inventory_item_id: row.inventory_item_id,
    reserved_by_cart: !!row.reserved_by_cart,
    levels: (row.levels ?? []).map((l: any) => ({ location_id: l.location_id, available: Number(l.available) })),
  }))
}

export const soldOutError = (title: string) =>
  new MedusaError(MedusaError.Types.CONFLICT, `Sold out: "${title}" is no longer in stock. Remove it from the cart to check out.`)

/** The first line no location can supply (a backordered line always can, where it is stocked at all). */
export function soldOutLine(lines: StockLine[]): StockLine | undefined {
  return lines.find((line) => {
    if (!line.levels.length) return true
    return !line.allow_backorder && !line.levels.some((l) => l.available >= line.quantity)
  })
}

/** Where each line is reserved: the first location with enough left (or the first one, for a backorder). */
export function pickLocations(lines: StockLine[]) {
  const sold = soldOutLine(lines)
  if (sold) throw soldOutError(sold.title)
  return lines.map((line) => ({
    line_item_id: line.line_item_id,
    inventory_item_id: line.inventory_item_id,
    location_id: (line.levels.find((l) => l.available >= line.quantity) ?? line.levels[0]).location_id,
    quantity: line.quantity,
    allow_backorder: line.allow_backorder,
  }))
}
