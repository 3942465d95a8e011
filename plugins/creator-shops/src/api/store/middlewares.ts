import { authenticate, validateAndTransformQuery, type MiddlewareRoute } from "@medusajs/framework/http"
import { StoreGetCreator, StoreListCreators, StoreListListings } from "./validators"

export const storeMiddlewares: MiddlewareRoute[] = [
  { matcher: "/store/creators", method: ["GET"], middlewares: [validateAndTransformQuery(StoreListCreators, {})] },
  { matcher: "/store/creators/:handle", method: ["GET"], middlewares: [validateAndTransformQuery(StoreGetCreator, {})] },
  { matcher: "/store/listings", method: ["GET"], middlewares: [validateAndTransformQuery(StoreListListings, {})] },
  { matcher: "/store/customers/me/downloads", method: ["GET"], middlewares: [authenticate("customer", ["session", "bearer"])] },
]
