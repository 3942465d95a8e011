import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_ORDER_MODULE } from "../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../modules/marketplace-order/service"

export type ServiceConfirmationInput = { order_id: string; creator_id: string; line_item_id?: string; service_date: string; note?: string }

type ServiceLine = {
  id: string
  title: string
  quantity?: unknown
  unit_price?: unknown
  detail?: { quantity?: unknown } | null
  metadata?: Record<string, unknown> | null
  product?: { listing?: { kind?: string } }
}

/**
 * A booked line (its slot in `metadata.booking`, written by the bookings plugin) is confirmed by its
 * booking: a second, free date would tell the buyer a time the calendar does not hold. Whether the
 * booking still stands is the bookings plugin's; the line alone says it was booked (docs/decisions/052).
 */
const bookedLine = (line: ServiceLine) => typeof (line.metadata?.booking as { hold_id?: unknown } | undefined)?.hold_id === "string"

/** Every unit or all the money of the line given back (a line cancelled by a refund, docs/decisions/055). */
async function refundedInFull(container: MedusaContainer, orderId: string, line: ServiceLine) {
  const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
  const refunds = await service.listCreatorRefunds({ order_id: orderId, line_item_id: line.id }, { take: null })
  const quantity = refunds.reduce((sum, r) => sum + Number(r.quantity), 0)
  const amount = refunds.reduce((sum, r) => sum + Number(r.amount), 0)
  // query.graph gives an order line's quantity on its detail (the order item) when not on the line
  const bought = Number(line.quantity ?? line.detail?.quantity ?? 1)
  return refunds.length > 0 && (quantity >= bought || amount >= Number(line.unit_price) * bought - 0.005)
}

/** The line must be a service line of this order (the only one when none is named), not booked, confirmed once. */
export const validateServiceLineStep = createStep("validate-service-line", async (input: ServiceConfirmationInput, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const {
    data: [order],
  } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "items.id",
      "items.title",
      "items.metadata",
      "items.quantity",
      "items.detail.quantity",
      "items.unit_price",
      "items.product.listing.kind",
    ],
    filters: { id: input.order_id },
  })
  if (order?.status === "canceled")
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This order was cancelled: there is no service to confirm.")
  const services = ((order?.items ?? []) as ServiceLine[]).filter((item) => item?.product?.listing?.kind === "service")
  const named = input.line_item_id ? services.find((item) => item.id === input.line_item_id) : undefined
  const open = services.filter((item) => !bookedLine(item))
  const booked = named && bookedLine(named) ? named : !input.line_item_id && services.length && !open.length ? services[0] : undefined
  if (booked) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `"${booked.title}" was booked for a time: its booking is its confirmation, so no date is confirmed here. See the booking in the studio's calendar.`,
    )
  }
  const line = input.line_item_id ? named : open.length === 1 ? open[0] : undefined
  if (!line) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      open.length ? "Say which service line you confirm (line_item_id)." : "This order has no service to confirm.",
    )
  }
  if (await refundedInFull(container, input.order_id, line)) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `"${line.title}" was cancelled and refunded: there is no service to confirm.`)
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
