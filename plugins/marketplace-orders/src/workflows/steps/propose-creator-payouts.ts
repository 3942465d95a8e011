import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { MARKETPLACE_ORDER_MODULE } from "../../modules/marketplace-order"
import type MarketplaceOrderModuleService from "../../modules/marketplace-order/service"
import { balances, type Entry } from "../../utils/balance"

/**
 * A proposed payout for every creator and currency with money available (earnings past their
 * holding period, less what was paid and reversed, so a negative balance left by a refund after
 * a payout is offset first) and no payout already open (proposed or approved).
 */
export const proposeCreatorPayoutsStep = createStep(
  "propose-creator-payouts",
  async (_input: Record<string, never>, { container }) => {
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    const [entries, open, settings] = await Promise.all([
      service.listLedgerEntries({}, { take: null, select: ["creator_id", "currency_code", "type", "amount", "available_at"] }),
      service.listCreatorPayouts({ status: ["proposed", "approved"] }, { take: null }),
      service.listPayoutSettings({ provider: "stripe-connect" }, { take: null }),
    ])
    const viaStripe = new Set(settings.filter((s) => s.stripe_account_id).map((s) => s.creator_id))
    const byCreator = new Map<string, Entry[]>()
    for (const e of entries) byCreator.set(e.creator_id, [...(byCreator.get(e.creator_id) ?? []), e as unknown as Entry])
    const proposals = [...byCreator].flatMap(([creator_id, list]) =>
      balances(list)
        .filter((b) => b.available > 0 && !open.some((p) => p.creator_id === creator_id && p.currency_code === b.currency_code))
        .map((b) => ({
          creator_id,
          currency_code: b.currency_code,
          amount: b.available,
          status: "proposed" as const,
          provider: viaStripe.has(creator_id) ? "stripe-connect" : "manual",
        })),
    )
    const created = proposals.length ? await service.createCreatorPayouts(proposals) : []
    return new StepResponse(
      created,
      created.map((p) => p.id),
    )
  },
  async (ids: string[] | undefined, { container }) => {
    if (!ids?.length) return
    const service: MarketplaceOrderModuleService = container.resolve(MARKETPLACE_ORDER_MODULE)
    await service.deleteCreatorPayouts(ids)
  },
)
