import {
  authenticate,
  validateAndTransformBody,
  validateAndTransformQuery,
  type AuthenticatedMedusaRequest,
  type MedusaNextFunction,
  type MedusaResponse,
  type MiddlewareRoute,
} from "@medusajs/framework/http"
import { requireOwner, resolveShopContext, shopContext } from "@creative-market/creator-shops/api/utils/context"
import { assertCreatorOrder } from "../../utils/creator-orders"
import { CreatorConfirmService, CreatorListOrders, CreatorShipOrder, CreatorStripeOnboarding } from "./validators"

/** Signed in as a member and acting for one of their shops (creator-shops' shop context, x-creator-id). */
const inShop = [authenticate("creator", ["session", "bearer"]), resolveShopContext]

/** 404 unless order `:id` is the current shop's: checked before the body, so another shop's order reveals nothing. */
async function requireOwnOrder(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  await assertCreatorOrder(req.scope, shopContext(req).creator_id, req.params.id)
  next()
}

export const creatorOrderMiddlewares: MiddlewareRoute[] = [
  { matcher: "/creator/balance", method: ["GET"], middlewares: inShop },
  { matcher: "/creator/payouts", method: ["GET"], middlewares: inShop },
  { matcher: "/creator/payouts/:id", method: ["GET"], middlewares: inShop },
  { matcher: "/creator/payout-settings", method: ["GET"], middlewares: inShop },
  // where the shop's money goes: its owners only
  {
    matcher: "/creator/payouts/stripe-connect/onboarding",
    method: ["POST"],
    middlewares: [...inShop, requireOwner, validateAndTransformBody(CreatorStripeOnboarding)],
  },
  { matcher: "/creator/orders", method: ["GET"], middlewares: [...inShop, validateAndTransformQuery(CreatorListOrders, {})] },
  { matcher: "/creator/orders/:id", method: ["GET"], middlewares: [...inShop, requireOwnOrder] },
  {
    matcher: "/creator/orders/:id/fulfillments",
    method: ["POST"],
    middlewares: [...inShop, requireOwnOrder, validateAndTransformBody(CreatorShipOrder)],
  },
  {
    matcher: "/creator/orders/:id/service-confirmations",
    method: ["POST"],
    middlewares: [...inShop, requireOwnOrder, validateAndTransformBody(CreatorConfirmService)],
  },
]
