import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_ORDER_MODULE } from "../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../modules/marketplace-order/service"

export type CreateOrderGroupInput = {
  cart_id: string
  email: string | null
  customer_id: string | null
  currency_code: string
  total: unknown
  subtotal: unknown
  shipping_total: unknown
  tax_total: unknown
  payment_collection_id: string | null
  payment_status: string
}

/** The buyer's purchase; the unique cart_id refuses a second group for the same cart. */
export const createOrderGroupStep = createStep(
  "create-order-group",
  async (input: CreateOrderGroupInput, { container }) => {
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    const group = await service.createOrderGroups(input as any)
    return new StepResponse(group, group.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    await service.deleteOrderGroups(id)
  },
)
