import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type PaymentGroup = { group_id: string; order_ids: string[] } | null

/**
 * The order group whose purchase this payment pays (the group records the cart's payment
 * collection), with its creators' orders; null for any other payment (a plain Medusa order's).
 */
export const findPaymentGroupStep = createStep("find-payment-group", async (input: { payment_id: string }, { container }) => {
  const [payment] = await container
    .resolve(Modules.PAYMENT)
    .listPayments({ id: input.payment_id }, { select: ["id", "payment_collection_id"] })
  if (!payment?.payment_collection_id) return new StepResponse<PaymentGroup>(null)
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order_group",
    fields: ["id", "orders.id"],
    filters: { payment_collection_id: payment.payment_collection_id },
  })
  const group = data[0]
  if (!group) return new StepResponse<PaymentGroup>(null)
  return new StepResponse<PaymentGroup>({ group_id: group.id, order_ids: (group.orders ?? []).map((o: any) => o.id) })
})
