import { configureStoreSearch, defineMiddlewares } from "@medusajs/framework/http"
import { env } from "../env"
import { screenRequest } from "./screen-request"

export default defineMiddlewares({
  routes: [
    { matcher: "/*", middlewares: [screenRequest] },
    {
      // POST /store/search answers from the product index only; Medusa adds status=published and
      // the publishable key's sales channels to every query.
      matcher: "/store/search",
      middlewares: [
        configureStoreSearch({ allowed_indexes: { product: true, ...(env.SEARCH_BENCH_BASELINE ? { product_baseline: true } : {}) } }),
      ],
    },
  ],
})
