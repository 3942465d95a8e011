import type { LinkDefinition } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type PaymentShareInput = {
  /** the purchase's one payment collection (the cart's), which holds the money */
  source_collection_id: string | null
  order_group_id: string
  currency_code: string
  payment_status: string
  orders: { order_id: string; amount: number }[]
}

/**
 * Medusa derives an order's payment status from the payment collections linked to it. The money
 * is one payment on the cart's collection, so each creator's order gets a collection of its own
 * that only states its share (amount, authorised/captured so far) and holds no payment: the Admin
 * shows each order's status truthfully, and none of its buttons can move the whole purchase's
 * money (docs/decisions/027).
 */
export const createPaymentSharesStep = createStep(
  "create-payment-shares",
  async (input: PaymentShareInput, { container }) => {
    if (!input.source_collection_id || !input.orders.length) return new StepResponse([] as string[], [] as string[])
    const captured = input.payment_status === "captured"
    const collections = await container.resolve(Modules.PAYMENT).createPaymentCollections(
      input.orders.map((o) => ({
        currency_code: input.currency_code,
        amount: o.amount,
        authorized_amount: o.amount,
        captured_amount: captured ? o.amount : 0,
        status: captured ? "completed" : "authorized",
        metadata: { payment_share_of: input.source_collection_id, order_group_id: input.order_group_id, order_id: o.order_id },
      })) as any,
    )
    const links: LinkDefinition[] = collections.map((c, i) => ({
      [Modules.ORDER]: { order_id: input.orders[i].order_id },
      [Modules.PAYMENT]: { payment_collection_id: c.id },
    }))
    await container.resolve(ContainerRegistrationKeys.LINK).create(links)
    const ids = collections.map((c) => c.id)
    return new StepResponse(ids, ids)
  },
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) return
    await container.resolve(ContainerRegistrationKeys.LINK).delete({ [Modules.PAYMENT]: { payment_collection_id: ids } })
    await container.resolve(Modules.PAYMENT).deletePaymentCollections(ids)
  },
)
