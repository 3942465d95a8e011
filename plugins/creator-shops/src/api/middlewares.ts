import { defineMiddlewares } from "@medusajs/framework/http"
import { adminMiddlewares } from "./admin/middlewares"
import { creatorMiddlewares } from "./creator/middlewares"
import { storeMiddlewares } from "./store/middlewares"

export default defineMiddlewares({
  routes: [...creatorMiddlewares, ...adminMiddlewares, ...storeMiddlewares],
})
