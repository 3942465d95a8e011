import type { MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "@creative-market/creator-shops/api/utils/validate-body"
import { validateQuery } from "../utils/validate"
import { StoreAddBookingSlot, StoreAvailability, StoreCancelBooking, StoreRescheduleBooking } from "./validators"

export const storeMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/products/:id/availability", method: ["GET"], middlewares: [validateQuery(StoreAvailability)] },
  { matcher: "/store/carts/:id/booking-slots", method: ["POST"], middlewares: [validateBody(StoreAddBookingSlot)] },
  { matcher: "/store/bookings/:id/cancel", method: ["POST"], middlewares: [validateBody(StoreCancelBooking)] },
  { matcher: "/store/bookings/:id/reschedule", method: ["POST"], middlewares: [validateBody(StoreRescheduleBooking)] },
]
