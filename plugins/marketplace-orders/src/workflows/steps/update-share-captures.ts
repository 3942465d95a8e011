import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type ShareCapture = { id: string; captured_amount: number; status: string }

/**
 * Writes what a capture of the purchase's payment means for each creator's order's payment share
 * (its captured amount and status), so Medusa shows each order captured or partially captured.
 * Compensation puts back what each share showed before.
 */
export const updateShareCapturesStep = createStep(
  "update-share-captures",
  async (input: { shares: ShareCapture[] }, { container }) => {
    if (!input.shares.length) return new StepResponse(void 0, [] as ShareCapture[])
    const payments = container.resolve(Modules.PAYMENT)
    const current = await payments.listPaymentCollections(
      { id: input.shares.map((s) => s.id) },
      { select: ["id", "captured_amount", "status"] },
    )
    const before = current.map((c) => ({ id: c.id, captured_amount: Number(c.captured_amount ?? 0), status: c.status as string }))
    for (const share of input.shares) await payments.updatePaymentCollections(share.id, share as any)
    return new StepResponse(void 0, before)
  },
  async (before: ShareCapture[] | undefined, { container }) => {
    if (!before?.length) return
    const payments = container.resolve(Modules.PAYMENT)
    for (const share of before) await payments.updatePaymentCollections(share.id, share as any)
  },
)
