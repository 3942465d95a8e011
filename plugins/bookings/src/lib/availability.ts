import type { MedusaContainer } from "@medusajs/framework/types"
import { BOOKING_MODULE } from "../modules/booking"
import type BookingModuleService from "../modules/booking/service"
import { scheduleOf, type ResourceRecord } from "./schedule"
import { type Busy, DAY, gridSlots, inZone, sessionSlots } from "./slots"

export type AvailabilityQuery = { product_id: string; from: number; to: number; tz: string; now: number }

const slotView = (slot: { start: number; end: number }, tz: string, resourceTz: string) => ({
  start: new Date(slot.start).toISOString(),
  end: new Date(slot.end).toISOString(),
  local: { start: inZone(slot.start, tz), end: inZone(slot.end, tz) },
  resource_local: { start: inZone(slot.start, resourceTz), end: inZone(slot.end, resourceTz) },
})

/**
 * Free slots and seats left of every bookable variant of a product. Busy times come from one
 * query over bookings and live holds of the product's resources; nothing says who booked.
 */
export async function productAvailability(container: MedusaContainer, q: AvailabilityQuery) {
  const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
  const offerings = await bookings.listBookableVariants({ product_id: q.product_id }, { relations: ["resource", "resource.exceptions"] })
  const resourceIds = [...new Set(offerings.map((o) => o.resource.id))]
  // bookings reach at most a day's buffers beyond the range
  const [busyRows, sessions] = await Promise.all([
    bookings.listBusy(resourceIds, new Date(q.from - DAY), new Date(q.to + DAY)),
    bookings.listSessionsOn(resourceIds, new Date(q.from - DAY), new Date(q.to + DAY)),
  ])
  return offerings.map((offering) => {
    const resource = offering.resource as unknown as ResourceRecord
    const schedule = scheduleOf(resource)
    const view = (slot: { start: number; end: number; seats_left: number; session_id?: string }) => ({
      ...slotView(slot, q.tz, resource.timezone),
      seats_left: slot.seats_left,
      ...(slot.session_id ? { session_id: slot.session_id } : {}),
    })
    let slots
    if (offering.mode === "session") {
      const own = sessions
        .filter((s) => s.offering_id === offering.id)
        .map((s) => ({
          id: s.id,
          start: +s.starts_at,
          end: +s.ends_at,
          capacity: s.capacity,
          taken: busyRows.filter((b) => b.session_id === s.id).length,
        }))
      slots = sessionSlots(schedule, own, q.from, q.to, q.now).map(view)
    } else {
      const busy: Busy[] = [
        ...busyRows
          .filter((b) => b.resource_id === resource.id && !b.session_id)
          .map((b) => ({ from: +b.occupied_from, until: +b.occupied_until })),
        ...sessions
          .filter((s) => s.resource_id === resource.id)
          .map((s) => ({ from: +s.starts_at, until: +s.ends_at, seats: schedule.capacity })),
      ]
      const grid = { duration_minutes: offering.duration_minutes!, grid_minutes: offering.grid_minutes ?? offering.duration_minutes! }
      slots = gridSlots(schedule, grid, busy, q.from, q.to, q.now).map(view)
    }
    return {
      variant_id: offering.variant_id,
      mode: offering.mode,
      duration_minutes: offering.duration_minutes,
      resource: { id: resource.id, name: resource.name, timezone: resource.timezone, capacity: resource.capacity },
      slots,
    }
  })
}
