import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_ORDER_MODULE } from "../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../modules/marketplace-order/service"

/**
 * What the buyer's purchase shows after a refund: `partially_refunded`, `refunded`, or `canceled`
 * (the authorisation voided: nothing of the purchase is left, so the group is `canceled` too).
 * Compensation restores both.
 */
export const updateGroupPaymentStatusStep = createStep(
  "update-group-payment-status",
  async (input: { group_id: string | null; payment_status: string | null }, { container }) => {
    if (!input.group_id || !input.payment_status) return new StepResponse(void 0, null)
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    const before = await service.retrieveOrderGroup(input.group_id)
    await service.updateOrderGroups({
      id: input.group_id,
      payment_status: input.payment_status,
      ...(input.payment_status === "canceled" ? { status: "canceled" as const } : {}),
    })
    return new StepResponse(void 0, { id: before.id, payment_status: before.payment_status, status: before.status })
  },
  async (before: { id: string; payment_status: string; status: "placed" | "completed" | "canceled" } | null | undefined, { container }) => {
    if (!before) return
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    await service.updateOrderGroups(before)
  },
)
