import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { findOrder } from "./find-order"

/**
 * The purchase's one payment that an operator may still capture, found from one of its creators'
 * orders (the payment lives on the purchase, not on the order Medusa's page shows). A purchase
 * already captured, or with no payment left to capture, is a 400 saying so (Medusa hides a 409's message).
 */
export async function purchasePaymentToCapture(container: MedusaContainer, orderId: string) {
  const order = (await findOrder(container, orderId, ["id", "order_group.display_id", "order_group.payment_collection_id"])) as any
  const group = order.order_group
  if (!group?.payment_collection_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${orderId} is not part of a marketplace purchase.`)
  }
  const [collection] = await container
    .resolve(Modules.PAYMENT)
    .listPaymentCollections({ id: group.payment_collection_id }, { relations: ["payments"] })
  const payments = collection?.payments ?? []
  const open = payments.find((payment) => !payment.captured_at && !payment.canceled_at)
  if (!open) {
    const captured = payments.some((payment) => payment.captured_at)
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      captured
        ? `The payment of purchase #${group.display_id} is already captured.`
        : `Purchase #${group.display_id} has no payment left to capture.`,
    )
  }
  return open.id as string
}
