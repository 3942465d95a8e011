import { configureStoreSearch, defineMiddlewares } from "@medusajs/framework/http"
import { env } from "../env"
import { enforcePasswordPolicy } from "../security/enforce-password-policy"
import { securityHeaders } from "../security/security-headers"
import { guardAuthRequest } from "../security/throttle/guard-auth-request"
import { guardSignIn } from "../security/throttle/guard-sign-in"
import { answerErrors } from "./answer-errors"
import { checkPaging } from "./check-paging"
import { refuseUnknownRoute } from "./refuse-unknown-route"
import { screenRequest } from "./screen-request"
import { cacheCatalogueLookups } from "./store/cache-catalogue-lookups"
import { checkQuantity } from "./store/check-quantity"
import { explainSearchBody } from "./store/search-body"

export default defineMiddlewares({
  // an address that does not decode is a 400, not Medusa's 500; every other error as Medusa answers it
  errorHandler: answerErrors,
  routes: [
    { matcher: "/*", middlewares: [securityHeaders, screenRequest, refuseUnknownRoute] },
    // a negative or non-numeric limit/offset reached PostgreSQL from Medusa's own list routes
    { matcher: "/store/*", method: ["GET"], middlewares: [checkPaging] },
    { matcher: "/admin/*", method: ["GET"], middlewares: [checkPaging] },
    // a quantity past PostgreSQL's integer reached the inventory tables as a 500
    { matcher: "/store/carts", method: ["POST"], middlewares: [checkQuantity] },
    { matcher: "/store/carts/:id/line-items", method: ["POST"], middlewares: [checkQuantity] },
    { matcher: "/store/carts/:id/line-items/:line_id", method: ["POST"], middlewares: [checkQuantity] },
    // the Store API's per-request catalogue lookups read through the cache when it is on: docs/decisions/008
    ...(env.STORE_API_CACHE ? [{ matcher: "/store/*", method: ["GET" as const], middlewares: [cacheCatalogueLookups] }] : []),
    // sign-in, registration and password reset for every actor (user, creator, customer): docs/decisions/009
    { matcher: "/auth/:actor_type/emailpass", method: ["POST"], middlewares: [guardSignIn] },
    { matcher: "/auth/:actor_type/emailpass/register", method: ["POST"], middlewares: [guardAuthRequest, enforcePasswordPolicy] },
    { matcher: "/auth/:actor_type/emailpass/reset-password", method: ["POST"], middlewares: [guardAuthRequest] },
    { matcher: "/auth/:actor_type/emailpass/update", method: ["POST"], middlewares: [guardAuthRequest, enforcePasswordPolicy] },
    {
      // POST /store/search answers from the product index only; Medusa adds status=published and
      // the publishable key's sales channels to every query.
      matcher: "/store/search",
      middlewares: [
        explainSearchBody,
        configureStoreSearch({ allowed_indexes: { product: true, ...(env.SEARCH_BENCH_BASELINE ? { product_baseline: true } : {}) } }),
      ],
    },
  ],
})
