import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { MARKETPLACE_ORDER_MODULE } from "../../../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../../../modules/marketplace-order/service"
import { type AdminUpdateCommissionRuleType, CompleteCommissionRule } from "../../validators"
import { checkRuleReferences } from "../check-rule-references"

async function existing(req: AuthenticatedMedusaRequest) {
  const service: MarketplaceOrderModuleService = req.scope.resolve(MARKETPLACE_ORDER_MODULE)
  const [rule] = await service.listCommissionRules({ id: req.params.id })
  if (!rule) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Commission rule ${req.params.id} was not found.`)
  return { service, rule }
}

/** Changes a rule for future orders (e.g. `active: false` to stop it). */
export const POST = async (req: AuthenticatedMedusaRequest<AdminUpdateCommissionRuleType>, res: MedusaResponse) => {
  const { service, rule } = await existing(req)
  const merged = { ...rule, amount: rule.amount === null ? null : Number(rule.amount), ...req.validatedBody }
  const check = CompleteCommissionRule.safeParse(merged)
  if (!check.success)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, check.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "))
  // a changed scope, reference or currency must name something that exists, as a new rule's does
  await checkRuleReferences(req.scope, {
    scope: check.data.scope,
    reference: "scope" in req.validatedBody || "reference" in req.validatedBody ? check.data.reference : null,
    currency_code: "currency_code" in req.validatedBody ? check.data.currency_code : null,
  })
  const commission_rule = await service.updateCommissionRules({ id: req.params.id, ...(req.validatedBody as any) })
  res.json({ commission_rule })
}

export const DELETE = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { service } = await existing(req)
  await service.deleteCommissionRules(req.params.id)
  res.json({ id: req.params.id, object: "commission_rule", deleted: true })
}
