import { productImages, variantPrice } from "../catalogue-item"

/** One feed item: a variant of a ready product, in the partner's language and currency. */
export type Offer = {
  id: string
  item_group_id: string | null
  product_id: string
  title: string
  description: string
  link: string
  image_link: string
  additional_image_links: string[]
  availability: "in_stock" | "out_of_stock"
  /** major units, e.g. 15 */
  price: number
  /** ISO 4217, upper case */
  currency: string
  condition: "new"
  brand: string
  external_seller_id: string
  gtin: string | null
  product_type: string | null
  material: string | null
  kind: string
  origin_country: string | null
  hs_code: string | null
  shipping_weight_g: number | null
  ships_from_country: "AZ"
  updated_at: string
}

export type OfferContext = { storefront_url: string; language: string; currency: string; market_country: string }

/** Google's and Meta's allowed seller id characters: [0-9a-zA-Z.~_-]{1,50}. */
export function sellerId(handle: string): string {
  return handle.replace(/[^0-9a-zA-Z.~_-]/g, "-").slice(0, 50) || "seller"
}

/** A query value as URLSearchParams writes it (application/x-www-form-urlencoded): only A–Z a–z 0–9 * - . _ stay. */
const formValue = (value: string) =>
  /^[\w*.-]*$/.test(value)
    ? value
    : encodeURIComponent(value)
        .replace(/[!'()~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
        .replace(/%20/g, "+")

/** The product pages' base per storefront and language, parsed once (a feed has one link per offer). */
const productBases = new Map<string, string>()

function productBase(storefrontUrl: string, language: string): string {
  const key = `${storefrontUrl}\n${language}`
  let base = productBases.get(key)
  if (base === undefined) {
    base = new URL(`${storefrontUrl.replace(/\/$/, "")}/${language}/products/`).toString()
    productBases.set(key, base)
  }
  return base
}

/**
 * The storefront page of the variant in the partner's language and market (what the partner links
 * to): the base is parsed by URL once, the rest is encoded as URL and URLSearchParams would encode it.
 */
export function offerLink(context: OfferContext, handle: string, variantId: string): string {
  const base = productBase(context.storefront_url, context.language)
  return `${base}${encodeURIComponent(handle)}?variant=${formValue(variantId)}&country=${formValue(context.market_country.toLowerCase())}`
}

/** The offers of one (ready) product: one per variant that has a price in the partner's currency. */
export function productOffers(product: any, context: OfferContext): Offer[] {
  const profile = product.export_profile ?? {}
  const overrides: any[] = (profile.variant_overrides ?? []).filter(Boolean)
  const images = productImages(product)
  const variants = (product.variants ?? []).filter(Boolean)
  const categories = (product.categories ?? []).filter(Boolean)
  // what every offer of the product shares, worked out once per product (a plain object literal
  // per offer below: V8 builds it much faster than a spread of a shared object)
  const groupId = variants.length > 1 ? (product.id as string) : null
  const description = (product.description ?? product.title) as string
  const additional = images.slice(1)
  const currency = context.currency.toUpperCase()
  const brand = (product.creator?.name ?? "Creative Market") as string
  const seller = sellerId(product.creator?.handle ?? "creative-market")
  const productType = categories.length ? (categories.map((c: any) => c.name).join(" > ") as string) : null
  const material = Array.isArray(profile.materials) && profile.materials.length ? (profile.materials.join("/") as string) : null
  const kind = (product.listing?.kind ?? "physical") as string
  const updatedAt = new Date(product.updated_at ?? Date.now()).toISOString()
  const offers: Offer[] = []
  for (const variant of variants) {
    const price = variantPrice(variant, context.currency)
    if (price === null) continue
    const override = (overrides.length && overrides.find((o) => o.variant_id === variant.id)) || {}
    offers.push({
      id: variant.id,
      item_group_id: groupId,
      product_id: product.id,
      title: variants.length > 1 && variant.title ? `${product.title} – ${variant.title}` : product.title,
      description,
      link: offerLink(context, product.handle, variant.id),
      image_link: images[0],
      additional_image_links: additional.slice(),
      availability: variant.in_stock === false ? "out_of_stock" : "in_stock",
      price,
      currency,
      condition: "new",
      brand,
      external_seller_id: seller,
      gtin: override.gtin ?? profile.gtin ?? null,
      product_type: productType,
      material,
      kind,
      origin_country: profile.origin_country ?? null,
      hs_code: profile.hs_code ?? null,
      shipping_weight_g: override.weight_g ?? profile.weight_g ?? null,
      ships_from_country: "AZ",
      updated_at: updatedAt,
    })
  }
  return offers
}

/** `15.00 USD`: two decimals and the ISO code, as Google and Meta want it. */
export function formatPrice(amount: number, currency: string): string {
  return `${amount.toFixed(2)} ${currency}`
}

/** Cuts text to a partner's limit without splitting a surrogate pair. */
export function limit(text: string, max: number): string {
  // UTF-16 length ≥ code points: most texts are shorter than the limit and need no splitting
  if (text.length <= max) return text
  const chars = Array.from(text)
  return chars.length <= max ? text : chars.slice(0, max).join("")
}
