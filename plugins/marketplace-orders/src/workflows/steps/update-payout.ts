import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_ORDER_MODULE } from "../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../modules/marketplace-order/service"

type PayoutUpdate = { id: string; status: "approved" | "paid" | "canceled"; [field: string]: unknown }

/** Moves a payout on (approved, paid with its reference, canceled); compensation puts the previous values back. */
export const updatePayoutStep = createStep(
  "update-payout",
  async (update: PayoutUpdate, { container }) => {
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    const [before] = await service.listCreatorPayouts({ id: update.id })
    const previous = Object.fromEntries(Object.keys(update).map((k) => [k, (before as any)[k] ?? null]))
    const payout = await service.updateCreatorPayouts(update as any)
    return new StepResponse(payout, previous)
  },
  async (previous: Record<string, unknown> | undefined, { container }) => {
    if (!previous) return
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    await service.updateCreatorPayouts(previous as any)
  },
)
