import { round } from "./commission"
import type { SplitGroup } from "./split-plan"

const taxLines = (lines: any[] | null | undefined) =>
  (lines ?? []).map((t) => ({
    description: t.description,
    tax_rate_id: t.tax_rate_id,
    code: t.code,
    rate: t.rate,
    provider_id: t.provider_id,
    metadata: t.metadata ?? null,
  }))

const adjustments = (lines: any[] | null | undefined) =>
  (lines ?? []).map((a) => ({
    code: a.code,
    amount: a.amount,
    description: a.description,
    promotion_id: a.promotion_id,
    provider_id: a.provider_id,
    is_tax_inclusive: a.is_tax_inclusive,
  }))

const address = (value: any) => {
  if (!value) return null
  const { id: _id, created_at: _c, updated_at: _u, deleted_at: _d, ...rest } = value
  return rest
}

/** A cart line as an order line: the snapshot the cart already holds (titles, prices, taxes, discounts). */
function orderLine(item: any) {
  return {
    quantity: item.quantity,
    title: item.title,
    subtitle: item.subtitle,
    thumbnail: item.thumbnail,
    product_id: item.product_id,
    product_title: item.product_title,
    product_description: item.product_description,
    product_subtitle: item.product_subtitle,
    product_type: item.product_type,
    product_type_id: item.product_type_id,
    product_collection: item.product_collection,
    product_handle: item.product_handle,
    variant_id: item.variant_id,
    variant_sku: item.variant_sku,
    variant_barcode: item.variant_barcode,
    variant_title: item.variant_title,
    variant_option_values: item.variant_option_values,
    is_discountable: item.is_discountable,
    is_giftcard: item.is_giftcard ?? false,
    requires_shipping: item.requires_shipping,
    unit_price: item.raw_unit_price ?? item.unit_price,
    compare_at_unit_price: item.compare_at_unit_price,
    is_tax_inclusive: !!item.is_tax_inclusive,
    is_custom_price: item.is_custom_price ?? false,
    metadata: item.metadata ?? {},
    tax_lines: taxLines(item.tax_lines),
    adjustments: adjustments(item.adjustments),
  }
}

/** One Medusa order per group: the cart's buyer, addresses and region, the group's lines and delivery. */
export function ordersData(cart: any, groups: SplitGroup[]) {
  return groups.map((group) => ({
    region_id: cart.region_id,
    customer_id: cart.customer_id ?? cart.customer?.id,
    sales_channel_id: cart.sales_channel_id,
    status: "pending",
    email: cart.email,
    currency_code: cart.currency_code,
    locale: cart.locale,
    shipping_address: address(cart.shipping_address),
    billing_address: address(cart.billing_address),
    no_notification: false,
    metadata: { ...(cart.metadata ?? {}), creator_id: group.creator_id },
    items: group.items.map(orderLine),
    shipping_methods: group.shipping_methods.map((sm: any) => ({
      name: sm.name,
      description: sm.description,
      amount: sm.raw_amount ?? sm.amount,
      is_tax_inclusive: sm.is_tax_inclusive,
      shipping_option_id: sm.shipping_option_id,
      data: sm.data,
      metadata: sm.metadata,
      tax_lines: taxLines(sm.tax_lines),
      adjustments: adjustments(sm.adjustments),
    })),
  }))
}

type CreatedOrder = { id: string; metadata?: Record<string, unknown> | null; items?: { id: string; variant_id?: string | null }[] | null }

/** The created orders in the order of the groups, matched by the creator each carries in its metadata (not by position). */
export function alignOrders<T extends CreatedOrder>(groups: SplitGroup[], orders: T[]): T[] {
  return groups.map((group) => {
    const order = orders.find((o) => (o.metadata?.creator_id ?? null) === group.creator_id)
    if (!order) throw new Error(`no order was created for creator ${group.creator_id}`)
    return order
  })
}

/** Which order line replaced which cart line, matched by variant within each creator's order. */
export function lineMap(groups: SplitGroup[], created: CreatedOrder[]): Record<string, string> {
  const map: Record<string, string> = {}
  const orders = alignOrders(groups, created)
  groups.forEach((group, g) => {
    const pool = [...(orders[g].items ?? [])]
    for (const line of group.items) {
      const index = pool.findIndex((item) => item.variant_id === (line as any).variant_id)
      if (index >= 0) map[line.id] = pool.splice(index, 1)[0].id
    }
  })
  return map
}

/**
 * What the buyer paid for a cart line or delivery, net of tax and after discounts: the one base
 * the marketplace splits into commission and the creator's earning, in tax-inclusive regions
 * (the price holds the tax) and tax-exclusive ones alike (docs/decisions/040).
 */
export const netOfTax = (row: { [key: string]: unknown }) => Math.max(round(Number(row.total ?? 0) - Number(row.tax_total ?? 0)), 0)

/** What the commission step needs of each new order line: its creator, programme, categories and value. */
export function commissionInput(cart: any, groups: SplitGroup[], created: CreatedOrder[]) {
  const map = lineMap(groups, created)
  const orders = alignOrders(groups, created)
  return groups.flatMap((group, g) =>
    group.items.map((line: any) => ({
      order_id: orders[g].id,
      line_item_id: map[line.id],
      creator_id: group.creator_id,
      programme: line.product?.creator?.programme ?? null,
      category_ids: (line.product?.categories ?? []).map((c: any) => c.id),
      currency_code: cart.currency_code,
      base: netOfTax(line),
      quantity: Number(line.quantity),
    })),
  )
}

/**
 * The delivery fee each creator earns: what the buyer paid for the creator's own shipping option
 * (net of tax, after discounts), without commission, since the creator ships and pays the carrier.
 * The marketplace's own delivery (an option linked to no creator) earns no creator anything.
 */
export function deliveryEarningInput(cart: any, groups: SplitGroup[], created: CreatedOrder[]) {
  const orders = alignOrders(groups, created)
  return groups.flatMap((group, g) => {
    const own = group.shipping_methods.filter((m) => group.creator_id && m.shipping_option?.creator?.id === group.creator_id)
    const amount = round(own.reduce((sum, method) => sum + netOfTax(method), 0))
    if (!group.creator_id || amount <= 0) return []
    return [{ order_id: orders[g].id, creator_id: group.creator_id, currency_code: cart.currency_code as string, amount }]
  })
}

/**
 * What each creator's order costs the buyer, from the cart's own totals (lines and deliveries
 * with taxes and discounts): a free copy of the marketplace's delivery (amount 0) adds nothing.
 */
export function orderAmounts(groups: SplitGroup[], created: CreatedOrder[]): { order_id: string; amount: number }[] {
  const orders = alignOrders(groups, created)
  const total = (row: any) => (Number(row.amount ?? 1) === 0 ? 0 : Number(row.total ?? 0))
  return groups.map((group, g) => ({
    order_id: orders[g].id,
    amount: round([...group.items, ...group.shipping_methods].reduce((sum, row) => sum + total(row), 0)),
  }))
}
