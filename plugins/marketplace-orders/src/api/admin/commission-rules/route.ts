import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MARKETPLACE_ORDER_MODULE } from "../../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../../modules/marketplace-order/service"
import type { AdminCreateCommissionRuleType } from "../validators"
import { checkRuleReferences } from "./check-rule-references"

/** Every commission rule, oldest first (the order ties are broken in). */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: MarketplaceOrderModuleService = req.scope.resolve(MARKETPLACE_ORDER_MODULE)
  const commission_rules = await service.listCommissionRules({}, { order: { created_at: "ASC" }, take: null })
  res.json({ commission_rules })
}

/** A new rule; it applies to orders placed from now on (stored commission lines never change). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminCreateCommissionRuleType>, res: MedusaResponse) => {
  await checkRuleReferences(req.scope, req.validatedBody)
  const service: MarketplaceOrderModuleService = req.scope.resolve(MARKETPLACE_ORDER_MODULE)
  const commission_rule = await service.createCommissionRules(req.validatedBody as any)
  res.status(201).json({ commission_rule })
}
