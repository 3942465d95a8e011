import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_ORDER_MODULE } from "../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../modules/marketplace-order/service"
import { commissionFor, matchRule, round, type Rule } from "../../utils/commission"

/** How long a creator's earnings are held before they can be paid out (refunds and disputes come first). */
export const HOLD_DAYS = 14

export type CommissionLineInput = {
  order_id: string
  line_item_id: string
  creator_id: string | null
  programme: string | null
  category_ids: string[]
  currency_code: string
  base: number
  quantity: number
}

/**
 * A commission line per order line with the rule that applied, and the creator's earning
 * (line minus commission) in their ledger, available after the holding period.
 */
export const createCommissionLinesStep = createStep(
  "create-commission-lines",
  async (lines: CommissionLineInput[], { container }) => {
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    if (!lines.length) return new StepResponse([], { lines: [] as string[], entries: [] as string[] })
    const rules = (await service.listCommissionRules({ active: true }, { order: { created_at: "ASC" }, take: null })) as unknown as Rule[]
    const availableAt = new Date(Date.now() + HOLD_DAYS * 86_400_000)
    const rows = lines.map((line) => {
      const rule = matchRule(rules, line)
      const amount = commissionFor(rule, line.base, line.quantity)
      const snapshot = rule && {
        scope: rule.scope,
        reference: rule.reference,
        type: rule.type,
        percentage: rule.percentage,
        amount: rule.amount,
      }
      return { line, rule, amount, snapshot }
    })
    const created = await service.createCommissionLines(
      rows.map(({ line, rule, amount, snapshot }) => ({
        order_id: line.order_id,
        line_item_id: line.line_item_id,
        creator_id: line.creator_id,
        currency_code: line.currency_code,
        base_amount: line.base,
        amount,
        rule_id: rule?.id ?? null,
        rule: snapshot ? { ...snapshot, amount: snapshot.amount === null ? null : Number(snapshot.amount) } : null,
      })),
    )
    const entries = await service.createLedgerEntries(
      rows
        .filter(({ line }) => line.creator_id)
        .map(({ line, amount }) => ({
          creator_id: line.creator_id!,
          currency_code: line.currency_code,
          type: "earned" as const,
          amount: round(line.base - amount),
          order_id: line.order_id,
          line_item_id: line.line_item_id,
          available_at: availableAt,
        })),
    )
    return new StepResponse(created, { lines: created.map((c) => c.id), entries: entries.map((e) => e.id) })
  },
  async (ids: { lines: string[]; entries: string[] } | undefined, { container }) => {
    if (!ids) return
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    if (ids.entries.length) await service.deleteLedgerEntries(ids.entries)
    if (ids.lines.length) await service.deleteCommissionLines(ids.lines)
  },
)
