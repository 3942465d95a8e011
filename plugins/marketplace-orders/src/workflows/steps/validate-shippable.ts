import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FULFILMENT_ITEM_FIELDS, linesWithoutProduct } from "../../utils/fulfilment-lines"

/**
 * What a creator can mark shipped: the order's physical lines not shipped yet, with the delivery
 * the buyer chose. Throws before anything is written when there is nothing to ship, or when that
 * delivery no longer exists (Medusa could not fulfil by it; docs/decisions/054).
 */
export const validateShippableStep = createStep("validate-shippable", async (input: { order_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "status", ...FULFILMENT_ITEM_FIELDS, "shipping_methods.name", "shipping_methods.shipping_option_id"],
    filters: { id: input.order_id },
  })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${input.order_id} was not found in your shop.`)
  if (order.status === "canceled")
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This order was cancelled: there is nothing to ship.")
  const items = (order.items ?? [])
    .filter((item: any) => item.requires_shipping)
    .map((item: any) => ({ id: item.id, quantity: Number(item.quantity ?? 0) - Number(item.detail?.fulfilled_quantity ?? 0) }))
    .filter((item: any) => item.quantity > 0)
  if (!items.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Nothing left to ship in this order.")
  const method = order.shipping_methods?.find((m: any) => m?.shipping_option_id)
  const optionId = method?.shipping_option_id as string | undefined
  if (optionId) {
    const { data: options } = await query.graph({ entity: "shipping_option", fields: ["id"], filters: { id: optionId } })
    if (!options.length) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The delivery "${method.name ?? optionId}" this order was placed with was deleted, so it cannot be marked shipped: ask the marketplace for help.`,
      )
    }
  }
  return new StepResponse({ items, items_list: linesWithoutProduct(order.items), shipping_option_id: optionId })
})
