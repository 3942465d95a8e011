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
import { validateBody } from "@creative-market/creator-shops/api/utils/validate-body"
import { assertCreatorOption } from "../../utils/creator-delivery"
import { assertCreatorOrder } from "../../utils/creator-orders"
import {
  CreatorConfirmService,
  CreatorCreateShippingOption,
  CreatorListOrders,
  CreatorShipOrder,
  CreatorStripeOnboarding,
  CreatorUpdateShippingOption,
} from "./validators"

/** Signed in as a member and acting for one of their shops (creator-shops' shop context, x-creator-id). */
const inShop = [authenticate("creator", ["session", "bearer"]), resolveShopContext]

/** 404 unless order `:id` is the current shop's: checked before the body, so another shop's order reveals nothing. */
async function requireOwnOrder(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  await assertCreatorOrder(req.scope, shopContext(req).creator_id, req.params.id)
  next()
}

/** 404 unless shipping option `:id` is the current shop's own: checked before the role and the body. */
async function requireOwnOption(req: AuthenticatedMedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  await assertCreatorOption(req.scope, shopContext(req).creator_id, req.params.id)
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
  // the shop's own delivery options: every member reads them, owners set what buyers pay (like the shop's settings)
  { matcher: "/creator/shipping-options", method: ["GET"], middlewares: inShop },
  {
    matcher: "/creator/shipping-options",
    method: ["POST"],
    middlewares: [...inShop, requireOwner, validateBody(CreatorCreateShippingOption)],
  },
  {
    matcher: "/creator/shipping-options/:id",
    method: ["POST"],
    middlewares: [...inShop, requireOwnOption, requireOwner, validateBody(CreatorUpdateShippingOption)],
  },
  { matcher: "/creator/shipping-options/:id", method: ["DELETE"], middlewares: [...inShop, requireOwnOption, requireOwner] },
]
