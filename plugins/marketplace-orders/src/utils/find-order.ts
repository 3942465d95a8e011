import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

/** One Medusa order with the fields asked for (through links, so the creator and purchase too); an unknown id is a 404. */
export async function findOrder(container: MedusaContainer, orderId: string, fields: string[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({ entity: "order", fields, filters: { id: orderId } })
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} was not found.`)
  return order
}
