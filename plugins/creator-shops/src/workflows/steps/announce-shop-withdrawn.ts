import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CreatorEvents, type CreatorStatusEventData } from "../../modules/creator/types"

const announce = (container: { resolve(key: string): any }, data: CreatorStatusEventData) =>
  container.resolve(Modules.EVENT_BUS).emit({ name: CreatorEvents.STATUS_CHANGED, data })

/**
 * `creator.status_changed` for a shop leaving `approved`, sent at once (before the decision's
 * writes) rather than with the workflow's events at its end: search drops the shop's products
 * while their statuses are still being updated (seconds for a shop of thousands, ADR 036). If the
 * workflow fails, this compensation runs after the others have put the shop back, and announces
 * the status going back, so listeners read the shop again. Given null (any other decision), it
 * sends nothing and the workflow's own event says it.
 */
export const announceShopWithdrawnStep = createStep(
  "announce-shop-withdrawn",
  async (data: CreatorStatusEventData | null, { container }) => {
    if (!data) return new StepResponse(null, null)
    await announce(container, data)
    return new StepResponse(data, data)
  },
  async (data, { container }) => {
    if (!data?.from) return
    await announce(container, { id: data.id, from: data.to, to: data.from, reason: null })
  },
)
