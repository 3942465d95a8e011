import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { listShippingOptionsForCartWorkflow } from "@medusajs/medusa/core-flows"

/** The fields Medusa's GET /store/shipping-options answers by default (its workflow adds prices and the amount). */
const STORE_FIELDS = [
  "id",
  "name",
  "price_type",
  "service_zone_id",
  "shipping_profile_id",
  "provider_id",
  "shipping_option_type_id",
  "metadata",
]

/**
 * Medusa's own options for the cart (its workflow: zones, rules, prices), each with the creator
 * it belongs to (`creator ↔ shipping_option`), null for the marketplace's own. A creator's option
 * is left out when none of that creator's goods are in the cart, and a cart with nothing to ship
 * (downloads, services) is offered none: a method chosen there would only be refused at completion.
 */
export async function listDeliveryOptions(container: MedusaContainer, cartId: string) {
  const { result } = await listShippingOptionsForCartWorkflow(container).run({
    input: { cart_id: cartId, is_return: false, fields: STORE_FIELDS },
  })
  const options = result as { id: string }[]
  if (!options.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: owned }, { data: carts }] = await Promise.all([
    query.graph({ entity: "shipping_option", fields: ["id", "creator.id"], filters: { id: options.map((o) => o.id) } }),
    query.graph({ entity: "cart", fields: ["items.requires_shipping", "items.product.creator.id"], filters: { id: cartId } }),
  ])
  const ownerOf = new Map(owned.map((o: any) => [o.id as string, (o.creator?.id as string | undefined) ?? null]))
  const items = (carts[0]?.items ?? []).filter(Boolean)
  if (!items.some((item: any) => item.requires_shipping)) return []
  const inCart = new Set(items.map((item: any) => item?.product?.creator?.id).filter(Boolean))
  return options
    .map((option) => ({ ...option, creator_id: ownerOf.get(option.id) ?? null }))
    .filter((option) => !option.creator_id || inCart.has(option.creator_id))
}
