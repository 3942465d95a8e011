/** What the studio reads from the `/creator/*` API (only the fields it uses). */
export type ShopStatus = "pending" | "approved" | "rejected" | "suspended"
export type Role = "owner" | "staff"
export type Kind = "physical" | "digital" | "service"

export type MyShop = { id: string; handle: string; name: string; status: ShopStatus; role: Role }
export type Me = { member: { id: string; email: string; name: string | null }; shops: MyShop[] }

export type Shop = {
  id: string
  handle: string
  name: string
  bio: string | null
  logo_url: string | null
  banner_url: string | null
  programme: string
  legal_type: "individual" | "company"
  tax_id: string | null
  email: string
  status: ShopStatus
  status_reason: string | null
  status_changed_at: string | null
}

export type Price = { amount: number; currency_code: string }
export type Variant = {
  id: string
  title: string
  sku: string | null
  weight: number | null
  manage_inventory: boolean
  options?: { value: string; option?: { title: string } | null }[]
  prices?: Price[]
  inventory_items?: { inventory?: { location_levels?: { stocked_quantity: number; reserved_quantity: number }[] } | null }[]
}
export type Listing = {
  kind: Kind
  published: boolean
  moderation_status: "approved" | "pending" | "rejected"
  moderation_reason: string | null
  service_delivery: "remote" | "onsite" | "both" | null
  service_lead_time_days: number | null
  service_date_required: boolean
  download_limit: number
  download_ttl_hours: number
}
export type Product = {
  id: string
  title: string
  subtitle: string | null
  description: string | null
  handle: string
  status: string
  thumbnail: string | null
  created_at: string
  images?: { id: string; url: string; rank: number }[]
  options?: { id: string; title: string; values?: { value: string }[] }[]
  variants?: Variant[]
  tags?: { id: string; value: string }[]
  listing?: Listing | null
}
export type DigitalFile = { id: string; filename: string; mime_type: string; size: number; variant_id: string | null }
export type Member = { id: string; email: string; name: string | null; role: Role; joined_at: string }
export type Invite = { id: string; email: string; role: Role; expires_at: string; created_at: string }

/** Units that can still be sold: stocked minus reserved, summed over locations. */
export function available(variant: Variant): number {
  return (variant.inventory_items ?? []).reduce(
    (sum, item) => sum + (item.inventory?.location_levels ?? []).reduce((s, l) => s + l.stocked_quantity - l.reserved_quantity, 0),
    0,
  )
}

export type OrderStatus = "pending" | "completed" | "canceled" | "requires_action" | "archived" | "draft"
export type FulfillmentStatus = "not_fulfilled" | "fulfilled" | "partially_shipped" | "shipped" | "delivered"
export type OrderItem = {
  id: string
  title: string
  subtitle: string | null
  variant_title: string | null
  product_id: string | null
  quantity: number
  unit_price: number
  total?: number
  requires_shipping: boolean
  thumbnail: string | null
  /** a service's `requested_date` (YYYY-MM-DD), the buyer's choice on the product page */
  metadata?: Record<string, unknown> | null
}
export type Address = {
  first_name: string | null
  last_name: string | null
  company: string | null
  address_1: string | null
  address_2: string | null
  city: string | null
  province: string | null
  postal_code: string | null
  country_code: string | null
  phone: string | null
}
export type CreatorOrder = {
  id: string
  display_id: number
  status: OrderStatus
  email: string | null
  currency_code: string
  created_at: string
  total: number
  /** what the buyer paid for the order's delivery */
  shipping_total?: number
  /** how the order's money (net of tax) splits: lines less commission, plus the shop's own delivery fee, less refunds */
  earnings?: OrderEarnings
  payment_status: string
  fulfillment_status: FulfillmentStatus
  /** the buyer's whole purchase: its number is the one the buyer was given (and may quote) */
  order_group?: { id: string; display_id: number } | null
  items?: OrderItem[]
  shipping_address?: Address | null
  shipping_methods?: { id: string; name: string }[]
  fulfillments: { id: string; shipped_at: string | null; canceled_at: string | null; carrier: string | null; tracking_numbers: string[] }[]
  downloads?: {
    id: string
    line_item_id: string
    filename: string | null
    max_downloads: number | null
    downloads_used: number
    expires_at: string | null
  }[]
  service_confirmations?: { id: string; line_item_id: string; service_date: string; note: string | null; created_at: string }[]
}
export type OrderEarnings = {
  items: number
  commission: number
  commission_reversed: number
  delivery: number
  earned: number
  reversed: number
  net: number
}
export type Balance = { currency_code: string; earned: number; held: number; available: number; paid: number; reversed: number }
export type Payout = {
  id: string
  currency_code: string
  amount: number
  status: "proposed" | "approved" | "paid" | "canceled"
  reference: string | null
  paid_at: string | null
  created_at: string
}
export type LedgerEntry = {
  id: string
  type: "earned" | "reversed" | "paid"
  /** an order line, the shop's own delivery fee, or a payout */
  kind?: "line" | "delivery" | "payout"
  currency_code: string
  amount: number
  order_id: string | null
  available_at: string
  created_at: string
}
/** A booking or live hold of one of the shop's bookable resources (`GET /creator/bookings`; `cancelled` only asked by order). */
export type StudioBooking = {
  id: string
  status: "held" | "confirmed" | "cancelled"
  /** goes up with every move or cancellation (the .ics SEQUENCE): a confirmed booking above 0 was moved */
  sequence?: number
  /** the listing booked, and the order that paid for it (none while held in a cart) */
  product_title?: string | null
  order?: { id: string; display_id: number; email: string | null } | null
  resource_id: string
  starts_at: string
  ends_at: string
  seat_no: number | null
  seat_capacity: number | null
  order_id: string | null
}

export type BookableResource = { id: string; name: string; timezone: string }

/** A resource as the studio edits it (`GET /creator/resources/:id`); `feed_token_hash` never leaves the server. */
export type StudioResource = BookableResource & {
  kind: "room" | "teacher" | "equipment"
  capacity: number
  buffer_before_minutes: number
  buffer_after_minutes: number
  min_notice_minutes: number
  window_days: number
  cancel_notice_hours: number
  opening_hours: { day: number; opens: string; closes: string }[]
  exceptions: ResourceException[]
  feed_token_hash?: string | null
}
export type ResourceException = {
  id: string
  date: string
  kind: "closed" | "open"
  start_time: string | null
  end_time: string | null
  note: string | null
}
