import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { isPurchaseReceipt } from "@creative-market/purchase-receipt"
import { bookingLinks } from "../../../../../lib/booking-ics"
import { BOOKING_MODULE } from "../../../../../modules/booking"
import type BookingModuleService from "../../../../../modules/booking/service"

/**
 * The bookings an order paid for, with the buyer's links (.ics, cancel/reschedule token). Only the
 * buyer, by the same proof as the purchase (docs/decisions/056): a guest's order answers to its id
 * (the secret the guest holds, as for Medusa's GET /store/orders/:id); an account's order answers to
 * that customer signed in, or to the receipt of the purchase it belongs to (`?receipt=`). Anyone
 * else gets 404, like an unknown order.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const order = await readableOrder(req)
  if (!order) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Order ${req.params.id} was not found.`)
  const bookings: BookingModuleService = req.scope.resolve(BOOKING_MODULE)
  const rows = await bookings.listBookings({ order_id: order.id, status: ["confirmed", "cancelled"] }, { order: { starts_at: "ASC" } })
  const resourceIds = [...new Set(rows.map((b) => b.resource_id))]
  const resources = resourceIds.length ? await bookings.listBookableResources({ id: resourceIds }, { withDeleted: true }) : []
  res.json({
    bookings: rows.map((b) => {
      const resource = resources.find((r) => r.id === b.resource_id)!
      return {
        id: b.id,
        uid: b.uid,
        status: b.status,
        product_id: b.product_id,
        variant_id: b.variant_id,
        starts_at: b.starts_at,
        ends_at: b.ends_at,
        resource: { name: resource.name, timezone: resource.timezone },
        changeable_until: new Date(+new Date(b.starts_at) - resource.cancel_notice_hours * 3_600_000).toISOString(),
        ...bookingLinks(req.scope, b.id),
      }
    }),
  })
}

async function readableOrder(req: AuthenticatedMedusaRequest): Promise<{ id: string } | null> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "customer_id", "customer.has_account"],
    filters: { id: req.params.id },
  })
  const order = data[0] as { id: string; customer_id?: string | null; customer?: { has_account?: boolean } | null } | undefined
  if (!order) return null
  if (!order.customer_id || !order.customer?.has_account || req.auth_context?.actor_id === order.customer_id) return order
  const receipt = req.query.receipt
  if (typeof receipt !== "string" || !receipt) return null
  // the purchase (order group) this order is part of, through the orders plugin's link
  const { data: linked } = await query.graph({ entity: "order", fields: ["id", "order_group.id"], filters: { id: order.id } })
  const groupId = (linked[0] as { order_group?: { id: string } | null } | undefined)?.order_group?.id
  const secret = req.scope.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string
  return isPurchaseReceipt(secret, groupId, receipt) ? order : null
}
