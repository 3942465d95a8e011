import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { holdIdOf } from "./cart-bookings"
import { calendar, type IcsEvent } from "./ics"
import { bookingsOptions } from "./options"
import { bookingToken } from "./tokens"

type BookingRow = {
  id: string
  uid: string
  sequence: number
  status: string
  product_id: string
  order_id?: string | null
  starts_at: Date | string
  ends_at: Date | string
  updated_at: Date | string
}

/** The buyer's links for one booking: its .ics file and the token for cancel/reschedule. */
export function bookingLinks(container: MedusaContainer, id: string) {
  const { backend_url, secret } = bookingsOptions(container)
  const token = bookingToken(id, secret)
  return { token, ics_url: `${backend_url}/bookings/${id}/ics?token=${token}` }
}

/**
 * What the buyer bought, by booking id: the title of the order line that paid for each booking, in
 * the language the cart was shopped in (the product's own title is the shop's, often English).
 */
export async function buyerTitles(container: MedusaContainer, rows: Pick<BookingRow, "id" | "order_id">[]): Promise<Map<string, string>> {
  const orderIds = [...new Set(rows.map((r) => r.order_id).filter((id): id is string => !!id))]
  if (!orderIds.length) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: ["id", "items.product_title", "items.title", "items.metadata"],
    filters: { id: orderIds },
  })
  const titles = new Map<string, string>()
  for (const item of data.flatMap((order: any) => order.items ?? [])) {
    const id = holdIdOf(item)
    const title = item.product_title ?? item.title
    if (id && title) titles.set(id, title)
  }
  return titles
}

/**
 * Events for bookings of a resource, titled with the product (never with the buyer's data): the
 * shop's title, or for the buyer (`titles` from `buyerTitles`) the one they bought in their language.
 */
export async function bookingEvents(
  container: MedusaContainer,
  rows: BookingRow[],
  place: string,
  titles: Map<string, string> = new Map(),
): Promise<IcsEvent[]> {
  const productIds = [...new Set(rows.filter((r) => !titles.has(r.id)).map((r) => r.product_id))]
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = productIds.length
    ? await query.graph({ entity: "product", fields: ["id", "title"], filters: { id: productIds } })
    : { data: [] }
  const title = new Map(data.map((p: { id: string; title: string }) => [p.id, p.title]))
  return rows.map((row) => ({
    uid: row.uid,
    sequence: row.sequence,
    start: new Date(row.starts_at),
    end: new Date(row.ends_at),
    stamp: new Date(row.updated_at),
    summary: `${titles.get(row.id) ?? title.get(row.product_id) ?? "Booking"} · ${place}`,
    location: place,
    cancelled: row.status === "cancelled",
  }))
}

export { calendar }
