import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOrderWorkflow } from "@medusajs/medusa/core-flows"
import BookingModule, { BOOKING_MODULE } from "@creative-market/bookings/modules/booking"
import { BOOKABLE } from "../data/products/bookable"
import type { SeedLog } from "../log"

type BookingModuleService = InstanceType<(typeof BookingModule)["service"]>

const DAY = 86_400_000
const hours = [1, 2, 3, 4, 5, 6].map((day) => ({ day, opens: "10:00", closes: "20:00" }))

/** A Baku wall-clock time (UTC+4 all year) `days` from today's date, as a Date. */
function bakuAt(days: number, time: string): Date {
  const date = new Date(Date.now() + 4 * 3_600_000 + days * DAY).toISOString().slice(0, 10)
  return new Date(`${date}T${time}:00+04:00`)
}

/**
 * The centre's calendar: five studios booked by the hour (1 h and 2 h variants on an hourly grid),
 * a masterclass hall with two dated sessions per class, and a few paid bookings so the calendar
 * is not empty. Skipped when the centre already has resources.
 */
export async function seedBookings(container: MedusaContainer, regionId: string, log: SeedLog) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const bookings: BookingModuleService = container.resolve(BOOKING_MODULE)
  const { data: creators } = await query.graph({ entity: "creator", fields: ["id"], filters: { handle: "creative-centre" } })
  const creatorId = creators[0]?.id as string | undefined
  if (!creatorId || (await bookings.listBookableResources({ creator_id: creatorId }, { take: 1 })).length) return
  const { data: products } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "title", "variants.id", "variants.title"],
    filters: { handle: BOOKABLE.map((p) => p.handle) },
  })
  const hall = await bookings.createBookableResources({
    creator_id: creatorId,
    name: "Masterclass hall",
    capacity: 20,
    opening_hours: hours,
  } as never)
  const made: {
    variant_id: string
    product_id: string
    title: string
    offering_id: string
    resource_id: string
    session_id?: string
    start: Date
    end: Date
    buffer: number
  }[] = []
  for (const product of products as any[]) {
    const isClass = product.handle.includes("masterclass")
    const resource = isClass
      ? hall
      : await bookings.createBookableResources({
          creator_id: creatorId,
          name: product.title.replace(/ hire$/, ""),
          buffer_after_minutes: 15,
          min_notice_minutes: 120,
          window_days: 90,
          opening_hours: hours,
        } as never)
    for (const [index, variant] of (product.variants as any[]).entries()) {
      const offering = await bookings.createBookableVariants({
        variant_id: variant.id,
        product_id: product.id,
        creator_id: creatorId,
        resource_id: resource.id,
        mode: isClass ? "session" : "slot",
        duration_minutes: isClass ? null : 60 * (index + 1),
        grid_minutes: isClass ? null : 60,
      } as never)
      const base = {
        variant_id: variant.id,
        product_id: product.id,
        title: product.title,
        offering_id: offering.id,
        resource_id: resource.id,
      }
      if (isClass) {
        const offset = product.handle.endsWith("animation") ? 9 : 16
        for (const days of [offset, offset + 14]) {
          const session = await bookings.createBookingSessions({
            offering_id: offering.id,
            starts_at: bakuAt(days, "15:00"),
            ends_at: bakuAt(days, "18:00"),
            capacity: 20,
          } as never)
          if (days === offset) made.push({ ...base, session_id: session.id, start: session.starts_at, end: session.ends_at, buffer: 0 })
        }
      } else if (index === 0) {
        made.push({ ...base, start: bakuAt(3 + made.length, "11:00"), end: bakuAt(3 + made.length, "12:00"), buffer: 15 })
      }
    }
  }
  // three studio hours and a seat in each masterclass's first session
  const demo = [...made.filter((b) => !b.session_id).slice(0, 3), ...made.filter((b) => b.session_id)]
  for (const booking of demo) await seedPaidBooking(container, bookings, { ...booking, creator_id: creatorId, region_id: regionId })
  log(`bookings: ${products.length} bookable listings of the centre, ${demo.length} demo bookings`)
}

/** A paid demo order for one slot (or seat) and its confirmed booking. */
async function seedPaidBooking(container: MedusaContainer, bookings: BookingModuleService, b: any) {
  const id = await bookings.occupy({
    creator_id: b.creator_id,
    resource_id: b.resource_id,
    offering_id: b.offering_id,
    variant_id: b.variant_id,
    product_id: b.product_id,
    session_id: b.session_id ?? null,
    starts_at: b.start,
    ends_at: b.end,
    occupied_from: b.start,
    occupied_until: new Date(+b.end + b.buffer * 60_000),
    capacity: b.session_id ? 20 : 1,
    expires_at: new Date(Date.now() + 15 * 60_000),
    cart_id: null,
  })
  const { result: order } = await createOrderWorkflow(container).run({
    input: {
      region_id: b.region_id,
      email: "demo.buyer@example.az",
      currency_code: "azn",
      items: [{ title: b.title, quantity: 1, unit_price: 40, variant_id: b.variant_id, metadata: { booking: { hold_id: id } } }],
    } as never,
  })
  await bookings.updateBookings({ id, status: "confirmed", order_id: order.id })
}
