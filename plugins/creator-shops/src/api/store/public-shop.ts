/** What buyers see of a shop: never its e-mail, tax id or status history. */
export const PUBLIC_SHOP_FIELDS = ["id", "handle", "name", "bio", "logo_url", "banner_url", "programme", "country_code", "created_at"]

export const PUBLIC_PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "thumbnail",
  "status",
  "sales_channels.id",
  "listing.kind",
  "variants.id",
  "variants.prices.amount",
  "variants.prices.currency_code",
]
