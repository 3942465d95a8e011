import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"

/**
 * Expired holds are released, except those whose cart did become an order (the process stopped
 * between the order and its bookings): those are confirmed for that order instead.
 */
export const releaseExpiredHoldsStep = createStep("release-expired-holds", async (input: { now: Date }, { container }) => {
  const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
  const expired = await bookings.listBookings({ status: "held", expires_at: { $lt: input.now } }, { take: 1000 })
  if (!expired.length) return new StepResponse({ released: [] as string[], confirmed: [] as string[] })
  const cartIds = [...new Set(expired.map((h) => h.cart_id).filter(Boolean))] as string[]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: carts } = cartIds.length
    ? await query.graph({ entity: "cart", fields: ["id", "order.id"], filters: { id: cartIds } })
    : { data: [] as { id: string; order?: { id: string } }[] }
  const orderOf = new Map(carts.filter((c) => c.order?.id).map((c) => [c.id, c.order!.id as string]))
  const confirmed: string[] = []
  for (const hold of expired.filter((h) => h.cart_id && orderOf.has(h.cart_id))) {
    // another run (or the checkout itself) may have confirmed it meanwhile: then there is nothing to do
    const done = await bookings.confirmHolds([hold.id], hold.cart_id!, orderOf.get(hold.cart_id!)!).catch(() => [])
    if (done.length) confirmed.push(hold.id)
  }
  const paid = new Set(expired.filter((h) => h.cart_id && orderOf.has(h.cart_id)).map((h) => h.id))
  const released = expired.filter((h) => !paid.has(h.id)).map((h) => h.id)
  if (released.length) await bookings.updateBookings({ selector: { id: released, status: "held" }, data: { status: "expired" } })
  return new StepResponse({ released, confirmed })
})
