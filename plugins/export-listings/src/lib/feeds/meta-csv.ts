import { formatPrice, limit, type Offer } from "./offer"

export const META_COLUMNS = [
  "id",
  "title",
  "description",
  "availability",
  "condition",
  "price",
  "link",
  "image_link",
  "additional_image_link",
  "brand",
  "gtin",
  "item_group_id",
  "product_type",
  "material",
  "shipping_weight",
] as const

/** Meta spells availability with spaces. */
export const META_AVAILABILITY = { in_stock: "in stock", out_of_stock: "out of stock" } as const

/** RFC 4180 field: quoted when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

export const metaHeader = () => META_COLUMNS.join(",") + "\n"

/** One row of Meta's catalogue CSV (limits: id 100, title 200, description 9,999, brand 100, 20 extra images). */
export function metaRow(offer: Offer): string {
  const values: Record<(typeof META_COLUMNS)[number], string> = {
    id: limit(offer.id, 100),
    title: limit(offer.title, 200),
    description: limit(offer.description, 9999),
    availability: META_AVAILABILITY[offer.availability],
    condition: offer.condition,
    price: formatPrice(offer.price, offer.currency),
    link: offer.link,
    image_link: offer.image_link,
    additional_image_link: offer.additional_image_links
      .slice(0, 20)
      .map((url) => url.replace(/,/g, "%2C"))
      .join(","),
    brand: limit(offer.brand, 100),
    gtin: offer.gtin ?? "",
    item_group_id: offer.item_group_id ?? "",
    product_type: offer.product_type ?? "",
    material: offer.material ?? "",
    shipping_weight: offer.shipping_weight_g === null ? "" : `${offer.shipping_weight_g} g`,
  }
  return META_COLUMNS.map((column) => csvField(values[column])).join(",") + "\n"
}
