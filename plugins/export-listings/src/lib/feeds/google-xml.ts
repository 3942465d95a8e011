import { formatPrice, limit, type Offer } from "./offer"

export const GOOGLE_NS = "http://base.google.com/ns/1.0"
const MAX_ADDITIONAL_IMAGES = 10

/** Anything xmlText must change: markup, control characters, surrogates (checked pairwise below), U+FFFE/F. */
const NEEDS_ESCAPE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
/** What XML 1.0 cannot carry, or a surrogate (a pair is fine; the `u` pass below tells them apart). */
const NOT_PLAIN_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/
const MARKUP = /[&<>"']/g
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" }

/** The last long text escaped: a product's description is the same for each of its variants. */
let last = { value: "", text: "" }

/** XML 1.0 text: escapes markup and drops characters XML cannot carry (control characters). */
export function xmlText(value: string): string {
  // most feed text (ids, URLs, prices, plain titles) needs nothing: one scan
  if (!NEEDS_ESCAPE.test(value)) return value
  if (value === last.value) return last.text
  let text = value
  if (NOT_PLAIN_TEXT.test(text)) text = text.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
  text = text.replace(MARKUP, (c) => ENTITIES[c])
  if (value.length > 200) last = { value, text }
  return text
}

const el = (name: string, value: string | number | null | undefined) =>
  value === null || value === undefined || value === "" ? "" : `<g:${name}>${xmlText(String(value))}</g:${name}>`

/** An element whose value is ours and never needs escaping (enums, formatted numbers, ISO codes). */
const plain = (name: string, value: string) => `<g:${name}>${value}</g:${name}>`

export function googleHeader(channel: { title: string; link: string; description: string }): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:g="${GOOGLE_NS}">\n<channel>\n` +
    `<title>${xmlText(channel.title)}</title>\n<link>${xmlText(channel.link)}</link>\n<description>${xmlText(channel.description)}</description>\n`
  )
}

export const GOOGLE_FOOTER = "</channel>\n</rss>\n"

/** One <item> of Google Merchant Center's RSS 2.0 product feed (attribute names and enums as Google spells them). */
export function googleItem(offer: Offer): string {
  // one string built by concatenation: no array of parts per item (a feed has one item per variant)
  let xml = "<item>" + el("id", limit(offer.id, 50)) + el("title", limit(offer.title, 150))
  xml += el("description", limit(offer.description, 5000)) + el("link", offer.link) + el("image_link", offer.image_link)
  const additional = offer.additional_image_links
  for (let i = 0; i < additional.length && i < MAX_ADDITIONAL_IMAGES; i++) xml += el("additional_image_link", additional[i])
  xml +=
    plain("availability", offer.availability) + el("price", formatPrice(offer.price, offer.currency)) + plain("condition", offer.condition)
  xml += el("brand", limit(offer.brand, 70)) + (offer.gtin ? el("gtin", offer.gtin) : plain("identifier_exists", "no"))
  xml += el("item_group_id", offer.item_group_id && limit(offer.item_group_id, 50))
  xml += el("product_type", offer.product_type && limit(offer.product_type, 750))
  xml += el("material", offer.material && limit(offer.material, 200))
  xml += plain("external_seller_id", offer.external_seller_id) + plain("ships_from_country", offer.ships_from_country)
  xml += offer.shipping_weight_g === null ? "" : plain("shipping_weight", `${Number(offer.shipping_weight_g)} g`)
  return xml + "</item>\n"
}
