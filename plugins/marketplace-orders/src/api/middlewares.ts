import { defineMiddlewares, validateAndTransformQuery } from "@medusajs/framework/http"
import { StoreListOrderGroups } from "./store/validators"

export default defineMiddlewares({
  routes: [
    { matcher: "/store/customers/me/order-groups", method: ["GET"], middlewares: [validateAndTransformQuery(StoreListOrderGroups, {})] },
  ],
})
