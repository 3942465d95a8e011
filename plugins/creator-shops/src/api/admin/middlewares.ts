import { validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { validateBody } from "../utils/validate-body"
import { AdminDecision, AdminListCreators, AdminListListings, AdminUpdateSettings } from "./validators"

// /admin/* is authenticated as an operator (`user`) by Medusa itself.
export const adminMiddlewares: MiddlewareRoute[] = [
  { matcher: "/admin/creators", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListCreators, {})] },
  { matcher: "/admin/creators/:id/approve", method: ["POST"], middlewares: [validateBody(AdminDecision)] },
  { matcher: "/admin/creators/:id/reject", method: ["POST"], middlewares: [validateBody(AdminDecision)] },
  { matcher: "/admin/creators/:id/suspend", method: ["POST"], middlewares: [validateBody(AdminDecision)] },
  { matcher: "/admin/listings", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListListings, {})] },
  { matcher: "/admin/listings/:id/approve", method: ["POST"], middlewares: [validateBody(AdminDecision)] },
  { matcher: "/admin/listings/:id/reject", method: ["POST"], middlewares: [validateBody(AdminDecision)] },
  { matcher: "/admin/marketplace-settings", method: ["POST"], middlewares: [validateBody(AdminUpdateSettings)] },
]
