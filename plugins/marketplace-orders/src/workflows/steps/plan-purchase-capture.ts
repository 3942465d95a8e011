import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_ORDER_MODULE } from "../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../modules/marketplace-order/service"
import { type CaptureShare, planCapture } from "../../utils/capture-plan"
import { purchaseDue, sum } from "../../utils/purchase-money"

/**
 * Reads, under the group's lock, what the purchase's payment holds in total (captures, refunds),
 * what is still due (authorised less released refunds) and each order's payment share, and plans
 * what a capture changes (utils/capture-plan). Writes nothing.
 */
export const planPurchaseCaptureStep = createStep(
  "plan-purchase-capture",
  async (input: { payment_id: string; group_id: string }, { container }) => {
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    const [group, released, [payment]] = await Promise.all([
      service.retrieveOrderGroup(input.group_id),
      service.listCreatorRefunds({ order_group_id: input.group_id, method: "released" }, { take: null }),
      container.resolve(Modules.PAYMENT).listPayments({ id: input.payment_id }, { relations: ["captures", "refunds"] }),
    ])
    const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
      entity: "order_group",
      fields: [
        "orders.payment_collections.id",
        "orders.payment_collections.metadata",
        "orders.payment_collections.amount",
        "orders.payment_collections.captured_amount",
        "orders.payment_collections.refunded_amount",
        "orders.payment_collections.status",
      ],
      filters: { id: input.group_id },
    })
    const shares = (data[0]?.orders ?? [])
      .flatMap((order: any) => order?.payment_collections ?? [])
      .filter((c: any) => c?.metadata?.payment_share_of === group.payment_collection_id)
      .map((c: any): CaptureShare => ({
        id: c.id,
        amount: Number(c.amount),
        captured_amount: Number(c.captured_amount ?? 0),
        refunded_amount: Number(c.refunded_amount ?? 0),
        status: c.status,
      }))
    const plan = planCapture(
      { captured: sum(payment.captures ?? []), refunded: sum(payment.refunds ?? []), canceled: !!payment.canceled_at },
      { payment_status: group.payment_status, due: purchaseDue(payment, released) },
      shares,
    )
    return new StepResponse({ ...plan, group_id: group.id })
  },
)
