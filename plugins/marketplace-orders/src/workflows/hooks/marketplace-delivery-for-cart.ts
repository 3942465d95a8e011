import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { addShippingMethodToCartWorkflow } from "@medusajs/medusa/core-flows"
import { deliversItself, marketplaceLines } from "../../utils/delivery-rule"

// Medusa offers the marketplace's delivery to a cart as soon as one line is on its profile; a cart
// whose physical goods all come from shops that deliver them themselves has nothing it could carry,
// so it is refused as it is chosen, not only at completion (054).
addShippingMethodToCartWorkflow.hooks.validate(async ({ input, cart }, { container }) => {
  const ids = (input.options ?? []).map((option) => option.id)
  if (!ids.length) return
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [{ data: options }, { data: carts }] = await Promise.all([
    query.graph({ entity: "shipping_option", fields: ["id", "name", "creator.id"], filters: { id: ids } }),
    query.graph({
      entity: "cart",
      fields: [
        "items.requires_shipping",
        "items.product.creator.id",
        "items.product.creator.name",
        "items.product.creator.shipping_options.id",
      ],
      filters: { id: cart.id },
    }),
  ])
  const marketplace = options.filter((option: any) => !option.creator?.id)
  const lines = (carts[0]?.items ?? []).filter(Boolean) as any[]
  if (!marketplace.length || marketplaceLines(lines).length) return
  const shops = [
    ...new Set(lines.filter((l) => l.requires_shipping && deliversItself(l.product?.creator)).map((l) => l.product.creator.name)),
  ]
  if (!shops.length) return
  const verb = shops.length === 1 ? "delivers its goods itself" : "deliver their goods themselves"
  throw new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `The delivery "${marketplace[0].name}" cannot carry anything in this cart: ${shops.join(", ")} ${verb}.`,
  )
})
