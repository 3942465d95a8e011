import type { Offer } from "./offer"

/** An item of the JSON change feed (prices as strings with two decimals, like the other formats). */
export function jsonItem(offer: Offer) {
  return {
    id: offer.id,
    item_group_id: offer.item_group_id,
    product_id: offer.product_id,
    kind: offer.kind,
    title: offer.title,
    description: offer.description,
    link: offer.link,
    image_link: offer.image_link,
    additional_image_links: offer.additional_image_links,
    availability: offer.availability,
    price: { amount: offer.price.toFixed(2), currency: offer.currency },
    condition: offer.condition,
    brand: offer.brand,
    seller_id: offer.external_seller_id,
    gtin: offer.gtin,
    product_type: offer.product_type,
    material: offer.material,
    origin_country: offer.origin_country,
    hs_code: offer.hs_code,
    shipping_weight: offer.shipping_weight_g === null ? null : { value: offer.shipping_weight_g, unit: "g" },
    ships_from_country: offer.ships_from_country,
  }
}
