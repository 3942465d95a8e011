/** The shapes of the Store API answers this storefront reads (only the fields it asks for). */
export type Region = { id: string; name: string; currency_code: string; countries?: { iso_2: string; display_name: string }[] }

export type Price = { calculated_amount: number | null; currency_code: string; original_amount?: number | null }
export type Variant = {
  id: string
  title: string
  sku?: string | null
  manage_inventory?: boolean
  allow_backorder?: boolean
  inventory_quantity?: number | null
  options?: { id: string; value: string; option_id?: string; option?: { id: string; title: string } }[]
  calculated_price?: Price | null
}
export type Listing = {
  kind: "physical" | "digital" | "service"
  service_delivery?: "remote" | "onsite" | "both" | null
  service_lead_time_days?: number | null
  service_date_required?: boolean
  download_limit?: number
  download_ttl_hours?: number
}
export type CreatorSummary = { id: string; handle: string; name: string; programme?: string; logo_url?: string | null; bio?: string | null }
export type Product = {
  id: string
  title: string
  subtitle?: string | null
  handle: string
  description?: string | null
  thumbnail?: string | null
  created_at?: string
  images?: { id: string; url: string }[]
  options?: { id: string; title: string; values: { id: string; value: string }[] }[]
  variants?: Variant[]
  categories?: { id: string; name: string; handle: string }[]
  collection?: { id: string; title: string; handle: string } | null
  listing?: Listing | null
  creator?: CreatorSummary | null
}
export type Creator = CreatorSummary & { banner_url?: string | null; country_code?: string | null; created_at: string }
export type ShopProduct = {
  id: string
  title: string
  subtitle?: string | null
  handle: string
  thumbnail?: string | null
  listing?: { kind: Listing["kind"] } | null
  variants?: { id: string; prices?: { amount: number; currency_code: string }[] }[]
}

export type LineItem = {
  id: string
  title: string
  subtitle?: string | null
  thumbnail?: string | null
  quantity: number
  unit_price: number
  total: number
  product_id: string
  product_handle?: string | null
  variant_id: string
  variant_title?: string | null
  requires_shipping?: boolean
  product?: { id: string; creator?: CreatorSummary | null; listing?: Listing | null } | null
  metadata?: Record<string, unknown> | null
  /** set by the storefront: the product is no longer sold (withdrawn, or its shop suspended) */
  unavailable?: boolean
}
export type Address = {
  id?: string
  first_name?: string | null
  last_name?: string | null
  address_1?: string | null
  city?: string | null
  postal_code?: string | null
  country_code?: string | null
  phone?: string | null
}
export type ShippingOption = { id: string; name: string; amount: number; shipping_profile_id?: string; price_type?: string }
export type Cart = {
  id: string
  email?: string | null
  currency_code: string
  /** the language its lines and e-mails are in (the shop's when the cart was made or last seen) */
  locale?: string | null
  region_id: string
  items?: LineItem[]
  subtotal: number
  item_subtotal?: number
  /** the lines' total with tax, before discounts */
  original_item_total?: number
  shipping_total: number
  discount_total: number
  tax_total: number
  total: number
  shipping_address?: Address | null
  billing_address?: Address | null
  shipping_methods?: { id: string; shipping_option_id: string; name: string; amount: number }[]
  promotions?: { id: string; code?: string | null }[]
  payment_collection?: {
    id: string
    payment_sessions?: { id: string; provider_id: string; amount?: number; data?: Record<string, unknown> }[]
  } | null
  customer_id?: string | null
}
/** What an order and a purchase (order group) both show: number, buyer, total, status, date. */
type Placed = {
  id: string
  display_id: number
  email: string
  currency_code: string
  total: number
  status: string
  created_at: string
  /** what refunds and cancellations gave back (split orders only) */
  refunded_total?: number
}
/** A parcel a creator sent (split orders only). */
export type Shipment = {
  id: string
  shipped_at: string | null
  delivered_at: string | null
  carrier: string | null
  tracking_numbers: string[]
  tracking_url: string | null
}
/** The date a creator confirmed a service line for (split orders only). */
export type ServiceConfirmation = { line_item_id: string; service_date: string; note: string | null }
export type Order = Placed & {
  items?: LineItem[]
  /** not_fulfilled, fulfilled, partially_shipped, shipped, delivered (split orders only) */
  fulfillment_status?: string
  fulfillments?: Shipment[]
  service_confirmations?: ServiceConfirmation[]
  /** per order line: the units and money given back (split orders only) */
  refunded_lines?: Record<string, { quantity: number; amount: number }>
}
export type OrderGroup = Placed & {
  orders: (Order & { creator?: CreatorSummary | null })[]
}
export type Customer = { id: string; email: string; first_name?: string | null; last_name?: string | null; addresses?: Address[] }
export type Download = { id: string; order_id: string; filename: string; downloads_left: number; expires_at: string; url: string | null }

/** How the checkout takes the money: Stripe's Payment Element, or Medusa's system provider. */
export type CheckoutPaymentMethod =
  | { provider: "system"; id: string }
  | { provider: "stripe"; publishableKey: string; clientSecret: string }
  | { provider: "stripe"; unavailable: true }
