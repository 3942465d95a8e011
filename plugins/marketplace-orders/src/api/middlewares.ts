import { authenticate, defineMiddlewares, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import {
  AdminApprovePayout,
  AdminCancelCreatorOrder,
  AdminCapturePurchase,
  AdminCancelPayout,
  AdminCreateCommissionRule,
  AdminListBalances,
  AdminListPayouts,
  AdminPayPayout,
  AdminRefundCreatorOrder,
  AdminUpdateCommissionRule,
} from "./admin/validators"
import { checkCartEmail } from "./utils/check-cart-email"
import { refuseCapturingReleasedMoney } from "./utils/refuse-released-capture"
import { creatorOrderMiddlewares } from "./creator/middlewares"
import { verifyStripeWebhook } from "./hooks/verify-stripe"
import { StoreListOrderGroups } from "./store/validators"

export default defineMiddlewares({
  routes: [
    ...creatorOrderMiddlewares,
    // Medusa's own entry for this path keeps the raw body (preserveRawBody) the signature is checked on
    {
      matcher: "/hooks/payment/stripe_stripe",
      method: ["POST"],
      bodyParser: { preserveRawBody: true },
      middlewares: [verifyStripeWebhook],
    },
    { matcher: "/admin/payments/:id/capture", method: ["POST"], middlewares: [refuseCapturingReleasedMoney] },
    { matcher: "/admin/commission-rules", method: ["POST"], middlewares: [validateAndTransformBody(AdminCreateCommissionRule)] },
    { matcher: "/admin/commission-rules/:id", method: ["POST"], middlewares: [validateAndTransformBody(AdminUpdateCommissionRule)] },
    {
      matcher: "/admin/marketplace/orders/:id/refunds",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminRefundCreatorOrder)],
    },
    { matcher: "/admin/marketplace/orders/:id/capture", method: ["POST"], middlewares: [validateAndTransformBody(AdminCapturePurchase)] },
    {
      matcher: "/admin/marketplace/orders/:id/cancel",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminCancelCreatorOrder)],
    },
    { matcher: "/admin/marketplace/payouts", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListPayouts, {})] },
    { matcher: "/admin/marketplace/balances", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListBalances, {})] },
    {
      matcher: "/admin/marketplace/payouts/:id/approve",
      method: ["POST"],
      middlewares: [validateAndTransformBody(AdminApprovePayout)],
    },
    { matcher: "/admin/marketplace/payouts/:id/cancel", method: ["POST"], middlewares: [validateAndTransformBody(AdminCancelPayout)] },
    { matcher: "/admin/marketplace/payouts/:id/pay", method: ["POST"], middlewares: [validateAndTransformBody(AdminPayPayout)] },
    // Medusa's cart routes take an e-mail of any length
    { matcher: "/store/carts", method: ["POST"], middlewares: [checkCartEmail] },
    { matcher: "/store/carts/:id", method: ["POST"], middlewares: [checkCartEmail] },
    // a purchase answers to its buyer: a signed-in customer is recognised, a guest may ask too (the route decides)
    {
      matcher: "/store/order-groups/:id",
      method: ["GET"],
      middlewares: [authenticate("customer", ["session", "bearer"], { allowUnauthenticated: true })],
    },
    { matcher: "/store/customers/me/order-groups", method: ["GET"], middlewares: [validateAndTransformQuery(StoreListOrderGroups, {})] },
  ],
})
