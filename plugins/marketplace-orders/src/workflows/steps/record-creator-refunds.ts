import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_ORDER_MODULE } from "../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../modules/marketplace-order/service"
import type { RefundPlan } from "./prepare-creator-refund"

export type RecordRefundsInput = { plan: RefundPlan; note?: string | null; created_by?: string | null; idempotency_key?: string | null }
type Written = { refunds: string[]; reversals: string[]; entries: string[] }

/**
 * New rows only, history untouched: a `creator_refund` per line (and one for the delivery), a
 * `commission_reversal` per line's commission and a `reversed` ledger entry for the creator, also
 * for the delivery fee they earned (a refund after a payout leaves the balance negative). The unique
 * idempotency key refuses a second refund for the same request.
 */
export const recordCreatorRefundsStep = createStep(
  "record-creator-refunds",
  async ({ plan, note, created_by, idempotency_key }: RecordRefundsInput, { container }) => {
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    const base = {
      order_group_id: plan.order_group_id,
      order_id: plan.order_id,
      creator_id: plan.creator_id,
      currency_code: plan.currency_code,
      method: plan.money.method,
      payment_id: plan.money.payment_id,
      note: note ?? null,
      created_by: created_by ?? null,
    }
    const rows = [
      ...plan.lines.map((l) => ({ ...base, line_item_id: l.line_item_id, quantity: l.quantity, amount: l.amount })),
      ...(plan.shipping_amount > 0 ? [{ ...base, line_item_id: null, quantity: 0, amount: plan.shipping_amount }] : []),
    ].map((row, i) => ({ ...row, idempotency_key: i === 0 ? (idempotency_key ?? null) : null }))
    const refunds = await service.createCreatorRefunds(rows)
    const refundOf = (lineId: string | null) => refunds.find((r) => (r.line_item_id ?? null) === lineId)!.id
    const commissions = await service.listCommissionLines({ order_id: plan.order_id }, { take: null })
    const reversals = await service.createCommissionReversals(
      plan.lines
        .filter((l) => l.commission_reversal !== 0)
        .map((l) => ({
          commission_line_id: commissions.find((c) => c.line_item_id === l.line_item_id)!.id,
          refund_id: refundOf(l.line_item_id),
          order_id: plan.order_id,
          line_item_id: l.line_item_id,
          currency_code: plan.currency_code,
          amount: l.commission_reversal,
        })),
    )
    // dated like the earning it reverses: still held, it comes off what is held; already available, off the balance
    const earned = await service.listLedgerEntries({ order_id: plan.order_id, type: "earned" }, { take: null })
    const dated = (lineId: string | null) => {
      const at = earned.find((e) => (e.line_item_id ?? null) === lineId)?.available_at
      return at && new Date(at) > new Date() ? new Date(at) : new Date()
    }
    // the creator's delivery earning (own shipping option, docs/decisions/040) is the entry with no line
    const reversed = [
      ...plan.lines.map((l) => ({ line_item_id: l.line_item_id as string | null, amount: l.earning_reversal })),
      ...(plan.shipping_amount > 0 ? [{ line_item_id: null, amount: plan.shipping_earning_reversal }] : []),
    ].filter((r) => r.amount !== 0)
    const entries = plan.creator_id
      ? await service.createLedgerEntries(
          reversed.map((r) => ({
            creator_id: plan.creator_id!,
            currency_code: plan.currency_code,
            type: "reversed" as const,
            amount: r.amount,
            order_id: plan.order_id,
            line_item_id: r.line_item_id,
            refund_id: refundOf(r.line_item_id),
            available_at: dated(r.line_item_id),
            note: note ?? null,
          })),
        )
      : []
    const written: Written = { refunds: refunds.map((r) => r.id), reversals: reversals.map((r) => r.id), entries: entries.map((e) => e.id) }
    return new StepResponse(refunds, written)
  },
  async (written: Written | undefined, { container }) => {
    if (!written) return
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    if (written.entries.length) await service.deleteLedgerEntries(written.entries)
    if (written.reversals.length) await service.deleteCommissionReversals(written.reversals)
    if (written.refunds.length) await service.deleteCreatorRefunds(written.refunds)
  },
)
