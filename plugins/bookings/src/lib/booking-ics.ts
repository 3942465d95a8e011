import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { calendar, type IcsEvent } from "./ics"
import { bookingsOptions } from "./options"
import { bookingToken } from "./tokens"

type BookingRow = {
  id: string
  uid: string
  sequence: number
  status: string
  product_id: string
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

/** Events for bookings of a resource, titled with the product (never with the buyer's data). */
export async function bookingEvents(container: MedusaContainer, rows: BookingRow[], place: string): Promise<IcsEvent[]> {
  const productIds = [...new Set(rows.map((r) => r.product_id))]
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
    summary: `${title.get(row.product_id) ?? "Booking"} · ${place}`,
    location: place,
    cancelled: row.status === "cancelled",
  }))
}

export { calendar }
