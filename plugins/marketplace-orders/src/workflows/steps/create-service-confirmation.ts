import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_ORDER_MODULE } from "../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../modules/marketplace-order/service"

export type ServiceConfirmationInput = { order_id: string; creator_id: string; line_item_id?: string; service_date: string; note?: string }

/** The line must be a service line of this order (the only one when none is named), confirmed once. */
export const validateServiceLineStep = createStep("validate-service-line", async (input: ServiceConfirmationInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: ["id", "status", "items.id", "items.title", "items.product.listing.kind"],
    filters: { id: input.order_id },
  })
  if (order?.status === "canceled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This order was cancelled.")
  const services = (order?.items ?? []).filter((item: any) => item.product?.listing?.kind === "service")
  const line = input.line_item_id
    ? services.find((item: any) => item.id === input.line_item_id)
    : services.length === 1
      ? services[0]
      : undefined
  if (!line) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      services.length ? "Say which service line you confirm (line_item_id)." : "This order has no service to confirm.",
    )
  }
  const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
  const [existing] = await service.listServiceConfirmations({ line_item_id: line.id })
  if (existing) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `"${line.title}" is already confirmed for ${existing.service_date}.`)
  return new StepResponse({ line_item_id: line.id as string })
})

export const createServiceConfirmationStep = createStep(
  "create-service-confirmation",
  async (input: ServiceConfirmationInput & { line_item_id: string }, { container }) => {
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    const confirmation = await service.createServiceConfirmations({
      order_id: input.order_id,
      creator_id: input.creator_id,
      line_item_id: input.line_item_id,
      service_date: input.service_date,
      note: input.note ?? null,
    })
    return new StepResponse(confirmation, confirmation.id)
  },
  async (id: string | undefined, { container }) => {
    if (!id) return
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    await service.deleteServiceConfirmations(id)
  },
)
