import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../modules/booking"
import type BookingModuleService from "../modules/booking/service"

type Line = { id: string; title?: string; variant_id?: string | null; quantity?: unknown; metadata?: Record<string, unknown> | null }

export const holdIdOf = (line: Line): string | undefined => {
  const booking = line.metadata?.booking as { hold_id?: unknown } | undefined
  return typeof booking?.hold_id === "string" ? booking.hold_id : undefined
}

const clock = (at: Date, zone: string) =>
  new Intl.DateTimeFormat("en-GB", { timeZone: zone, dateStyle: "medium", timeStyle: "short" }).format(at) + ` (${zone})`

/**
 * Every line of a bookable variant must carry a live hold of this cart; otherwise checkout stops
 * with a sentence the buyer can act on, before any payment is taken. Returns the hold ids.
 */
export async function assertCartHolds(container: MedusaContainer, cartId: string, now = Date.now()): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "cart",
    fields: ["id", "items.id", "items.title", "items.product_title", "items.variant_id", "items.quantity", "items.metadata"],
    filters: { id: cartId },
  })
  const lines = ((data[0]?.items ?? []) as Line[]).filter(Boolean)
  const variantIds = lines.map((l) => l.variant_id).filter(Boolean) as string[]
  if (!variantIds.length) return []
  const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
  const offerings = await bookings.listBookableVariants({ variant_id: variantIds }, { relations: ["resource"] })
  const bookable = lines.filter((l) => offerings.some((o) => o.variant_id === l.variant_id))
  const holdIds = bookable.map(holdIdOf).filter(Boolean) as string[]
  const holds = holdIds.length ? await bookings.listBookings({ id: holdIds }) : []
  for (const line of bookable) {
    const name = `"${(line as { product_title?: string }).product_title ?? line.title}"`
    const hold = holds.find((h) => h.id === holdIdOf(line))
    if (!hold || hold.cart_id !== cartId || hold.variant_id !== line.variant_id) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `${name} needs a time slot: remove it from the cart and add it again with a time.`,
      )
    }
    if (Number(line.quantity) !== 1) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `${name} books one slot per line: set its quantity to 1 or add another slot.`)
    }
    const zone = offerings.find((o) => o.variant_id === line.variant_id)!.resource.timezone
    if (hold.status !== "held" || !hold.expires_at || +new Date(hold.expires_at) <= now) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        `The time we kept for you for ${name} on ${clock(new Date(hold.starts_at), zone)} was released at ${clock(new Date(hold.expires_at ?? now), zone)}, ` +
          `before checkout finished. Remove it from the cart and pick a time again.`,
      )
    }
  }
  return holdIds
}

/** The holds an order pays for: the booking metadata its lines carried over from the cart. */
export async function orderHoldIds(container: MedusaContainer, orderId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ["id", "items.id", "items.metadata"], filters: { id: orderId } })
  return ((data[0]?.items ?? []) as Line[]).map(holdIdOf).filter(Boolean) as string[]
}
