import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { unshippedOrdersOf } from "../../utils/unshipped-orders"

/**
 * A shop's option stays while orders placed with it have goods to ship: Medusa fulfils an order
 * only by an option that exists, and the order ships by the delivery it was bought with (054).
 */
export const validateOptionUnusedStep = createStep("validate-option-unused", async (input: { id: string }, { container }) => {
  const orders = await unshippedOrdersOf(container.resolve(ContainerRegistrationKeys.PG_CONNECTION), input.id)
  if (!orders.length) return new StepResponse(undefined)
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "shipping_option", fields: ["name"], filters: { id: input.id } })
  const names = orders.map((n) => `#${n}`).join(", ")
  const [which, them] = orders.length === 1 ? [`Order ${names} still ships`, "it"] : [`Orders ${names} still ship`, "them"]
  throw new MedusaError(
    MedusaError.Types.NOT_ALLOWED,
    `${which} with "${data[0]?.name ?? input.id}": mark ${them} shipped (or have ${them} cancelled), then delete the option.`,
  )
})
