import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { shopContext } from "@creative-market/creator-shops/api/utils/context"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import type { CreatorListBookingsType } from "../validators"

/**
 * The shop's bookings and live holds starting in [from, to), for a day or week calendar (filter by
 * resource), or every booking of one of its orders (`order_id`, cancelled ones too). Each names its
 * listing (`product_title`) and, once paid, its order (`order: { id, display_id, email }`), read
 * with query.graph, so the studio can link a booking to its order.
 */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { from, to, resource_id, order_id } = req.validatedQuery as CreatorListBookingsType
  const bookings: BookingModuleService = req.scope.resolve(BOOKING_MODULE)
  const list = await bookings.listBookings(
    {
      creator_id: shopContext(req).creator_id,
      status: order_id ? ["confirmed", "cancelled"] : ["held", "confirmed"],
      ...(from && to ? { starts_at: { $gte: new Date(from), $lt: new Date(to) } } : {}),
      ...(resource_id ? { resource_id } : {}),
      ...(order_id ? { order_id } : {}),
    },
    { order: { starts_at: "ASC" }, take: 2000 },
  )
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const ids = (key: "product_id" | "order_id") => [...new Set(list.map((b) => b[key]).filter(Boolean) as string[])]
  const [products, orders] = await Promise.all([
    ids("product_id").length
      ? query.graph({ entity: "product", fields: ["id", "title"], filters: { id: ids("product_id") } })
      : { data: [] },
    ids("order_id").length
      ? query.graph({ entity: "order", fields: ["id", "display_id", "email"], filters: { id: ids("order_id") } })
      : { data: [] },
  ])
  res.json({
    bookings: list.map((b) => {
      const order = (orders.data as { id: string; display_id: number; email: string | null }[]).find((o) => o.id === b.order_id)
      return {
        ...b,
        product_title: (products.data as { id: string; title: string }[]).find((p) => p.id === b.product_id)?.title ?? null,
        order: order ? { id: order.id, display_id: order.display_id, email: order.email ?? null } : null,
      }
    }),
  })
}
