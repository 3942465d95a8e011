import type { AuthenticatedMedusaRequest, MedusaNextFunction, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { CREATOR_MODULE } from "../../modules/creator"
import type CreatorModuleService from "../../modules/creator/service"
import type { MemberRole } from "../../modules/creator/types"

export type ShopContext = { creator_id: string; member_id: string; role: MemberRole; status: string }
type ShopRequest = AuthenticatedMedusaRequest & { shop_context?: ShopContext }

export const SHOP_HEADER = "x-creator-id"

/**
 * Resolves which shop a signed-in member acts for: the `x-creator-id` header, or their only
 * shop. A shop the member does not belong to answers 404, exactly like one that doesn't exist.
 */
export async function resolveShopContext(req: ShopRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const memberId = req.auth_context?.actor_id
  if (!memberId) {
    throw new MedusaError(MedusaError.Types.UNAUTHORIZED, "Finish signing up first: POST /creator/signup, or accept an invite.")
  }
  const creators: CreatorModuleService = req.scope.resolve(CREATOR_MODULE)
  const memberships = await creators.listCreatorMemberships({ member_id: memberId }, { relations: ["creator"], take: 100 })
  const requested = req.get(SHOP_HEADER)
  const membership = requested ? memberships.find((m) => m.creator.id === requested) : memberships.length === 1 ? memberships[0] : undefined
  if (!membership) {
    if (requested || !memberships.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, "Shop not found.")
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `You belong to several shops: say which one with the ${SHOP_HEADER} header.`)
  }
  req.shop_context = { creator_id: membership.creator.id, member_id: memberId, role: membership.role, status: membership.creator.status }
  next()
}

export function shopContext(req: AuthenticatedMedusaRequest): ShopContext {
  const context = (req as ShopRequest).shop_context
  if (!context) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The shop context middleware did not run for this route.")
  return context
}

/** Owner-only routes: team management and the shop's own settings. */
export async function requireOwner(req: ShopRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  if (shopContext(req).role !== "owner") {
    throw new MedusaError(MedusaError.Types.FORBIDDEN, "Only an owner of the shop can do this.")
  }
  next()
}

/** 404 unless product `:id` belongs to the current shop (every /creator/products/:id route). */
export async function requireOwnedProduct(req: ShopRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  await assertOwnedProduct(req, req.params.id)
  next()
}

export async function assertOwnedProduct(req: AuthenticatedMedusaRequest, productId: string) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "creator.id"], filters: { id: productId } })
  if (data[0]?.creator?.id !== shopContext(req).creator_id) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product ${productId} was not found in your shop.`)
  }
}

/** 404 unless member `:id` belongs to the current shop (every /creator/members/:id route). */
export async function requireOwnMember(req: ShopRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const creators: CreatorModuleService = req.scope.resolve(CREATOR_MODULE)
  const [membership] = await creators.listCreatorMemberships({ creator_id: shopContext(req).creator_id, member_id: req.params.id })
  if (!membership) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Member ${req.params.id} was not found in your shop.`)
  next()
}

/** 404 unless invite `:id` belongs to the current shop (every /creator/invites/:id route). */
export async function requireOwnInvite(req: ShopRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const creators: CreatorModuleService = req.scope.resolve(CREATOR_MODULE)
  const [invite] = await creators.listCreatorInvites({ id: req.params.id, creator_id: shopContext(req).creator_id })
  if (!invite) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Invite ${req.params.id} was not found in your shop.`)
  next()
}
