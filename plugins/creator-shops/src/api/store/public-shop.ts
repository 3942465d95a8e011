/** What buyers see of a shop: never its e-mail, tax id or status history. */
export const PUBLIC_SHOP_FIELDS = ["id", "handle", "name", "bio", "logo_url", "banner_url", "programme", "country_code", "created_at"]

export const PUBLIC_PRODUCT_FIELDS = [
  "id",
  "title",
  "subtitle",
  "handle",
  "thumbnail",
  "status",
  "listing.kind",
  "variants.id",
  "variants.prices.amount",
  "variants.prices.currency_code",
]

/**
 * Medusa's Caching Module for these reads (the same answer for every visitor of a locale). Tags
 * computed from an answer cannot cover a shop that is not in it (a suspended shop's empty answer,
 * a newly approved or new product), so any shop or product write clears them too (docs/decisions/008).
 */
export const SHOP_CACHE = { tags: ["Creator:list:*", "Product:list:*"], computeAutomaticTags: true }
