import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_ORDER_MODULE } from "../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../modules/marketplace-order/service"
import { HOLD_DAYS } from "./create-commission-lines"

export type DeliveryEarningInput = { order_id: string; creator_id: string; currency_code: string; amount: number }

/**
 * The creator's earning for the delivery they ship with their own shipping option: an `earned`
 * ledger entry of the order with no line, without commission, held like the order's line
 * earnings (docs/decisions/040).
 */
export const createDeliveryEarningsStep = createStep(
  "create-delivery-earnings",
  async (deliveries: DeliveryEarningInput[], { container }) => {
    if (!deliveries.length) return new StepResponse([], [] as string[])
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    const availableAt = new Date(Date.now() + HOLD_DAYS * 86_400_000)
    const entries = await service.createLedgerEntries(
      deliveries.map((delivery) => ({
        ...delivery,
        type: "earned" as const,
        line_item_id: null,
        available_at: availableAt,
      })),
    )
    return new StepResponse(
      entries,
      entries.map((e) => e.id),
    )
  },
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) return
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    await service.deleteLedgerEntries(ids)
  },
)
