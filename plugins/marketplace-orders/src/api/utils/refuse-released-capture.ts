import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { MARKETPLACE_ORDER_MODULE } from "../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../modules/marketplace-order/service"
import { round } from "../../utils/commission"
import { moneyText as money } from "../../utils/money-text"
import { purchaseDue, sum } from "../../utils/purchase-money"

/**
 * Medusa's `POST /admin/payments/:id/capture` knows the payment's authorised amount, not that part of
 * a purchase's authorisation was released to the buyer when one creator's order was cancelled or
 * refunded before the capture (docs/decisions/022). Capturing that part would take money the buyer
 * was told they got back: refused with what may still be captured. A payment of no purchase, or a
 * purchase with nothing released, goes on to Medusa's own checks.
 */
export async function refuseCapturingReleasedMoney(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const [payment] = await req.scope
    .resolve(Modules.PAYMENT)
    .listPayments({ id: req.params.id }, { select: ["id", "amount", "currency_code", "payment_collection_id"], relations: ["captures"] })
  if (!payment?.payment_collection_id) return next()
  const service: MarketplaceOrderModuleService = req.scope.resolve(MARKETPLACE_ORDER_MODULE)
  const [group] = await service.listOrderGroups({ payment_collection_id: payment.payment_collection_id }, { select: ["id"] })
  if (!group) return next()
  const released = await service.listCreatorRefunds({ order_group_id: group.id, method: "released" }, { take: null })
  if (!released.length) return next()
  const captured = sum(payment.captures ?? [])
  const left = round(purchaseDue(payment, released) - captured)
  const requested = (req.body as { amount?: unknown } | undefined)?.amount
  const asked = requested === undefined ? round(Number(payment.amount) - captured) : Number(requested)
  if (asked > left) {
    const currency = payment.currency_code
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      left > 0
        ? `Only ${money(left, currency)} of this purchase can still be captured: ${money(sum(released), currency)} was given back to the buyer when orders were cancelled or refunded before the capture. Capture with "amount": ${left}.`
        : `Nothing of this purchase is left to capture: ${money(sum(released), currency)} was given back to the buyer and the rest is captured.`,
    )
  }
  next()
}
