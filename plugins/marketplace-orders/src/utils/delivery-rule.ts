export type DeliveryCreator = { id: string; name?: string | null; shipping_options?: ({ id: string } | null)[] | null }
export type DeliveryLine = { requires_shipping?: boolean | null; product?: { creator?: DeliveryCreator | null } | null }

/**
 * A shop with delivery options of its own delivers its goods itself: its physical products are
 * on its own shipping profile and only its options carry them (041, 054). The checkout's
 * `deliveriesFor` offers the same; the API holds buyers to it.
 */
export const deliversItself = (creator?: DeliveryCreator | null) => !!creator?.shipping_options?.some(Boolean)

/** The lines the marketplace's own delivery may carry: physical goods of shops that do not deliver themselves. */
export const marketplaceLines = <L extends DeliveryLine>(lines: L[]) =>
  lines.filter((line) => line.requires_shipping && !deliversItself(line.product?.creator))
