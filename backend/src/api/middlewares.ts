import { configureStoreSearch, defineMiddlewares } from "@medusajs/framework/http"

export default defineMiddlewares({
  routes: [
    {
      // POST /store/search answers from the product index only; Medusa adds status=published and
      // the publishable key's sales channels to every query.
      matcher: "/store/search",
      middlewares: [configureStoreSearch({ allowed_indexes: { product: true } })],
    },
  ],
})
