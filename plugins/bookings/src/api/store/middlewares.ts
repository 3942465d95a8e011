import { authenticate, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "@creative-market/creator-shops/api/utils/validate-body"
import { validateQuery } from "../utils/validate"
import { refuseBookedQuantity, refuseUnslottedLine } from "./bookable-lines"
import { StoreAddBookingSlot, StoreAvailability, StoreCancelBooking, StoreRescheduleBooking } from "./validators"

export const storeMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products/:id/availability", method: ["GET"], middlewares: [validateQuery(StoreAvailability)] },
  { matcher: "/store/carts/:id/booking-slots", method: ["POST"], middlewares: [validateBody(StoreAddBookingSlot)] },
  { matcher: "/store/carts/:id/line-items", method: ["POST"], middlewares: [refuseUnslottedLine] },
  { matcher: "/store/carts/:id/line-items/:line_id", method: ["POST"], middlewares: [refuseBookedQuantity] },
  // the buyer's bookings of one order: a signed-in customer is recognised, a guest or a receipt may ask too (the route decides)
  {
    matcher: "/store/orders/:id/bookings",
    method: ["GET"],
    middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
  },
  { matcher: "/store/bookings/:id/cancel", method: ["POST"], middlewares: [validateBody(StoreCancelBooking)] },
  { matcher: "/store/bookings/:id/reschedule", method: ["POST"], middlewares: [validateBody(StoreRescheduleBooking)] },
]
