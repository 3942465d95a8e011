import { defineMiddlewares } from "@medusajs/framework/http"
import { creatorMiddlewares } from "./creator/middlewares"
import { storeMiddlewares } from "./store/middlewares"

export default defineMiddlewares({
  routes: [...creatorMiddlewares, ...storeMiddlewares],
})
