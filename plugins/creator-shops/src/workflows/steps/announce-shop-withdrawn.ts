import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { CreatorEvents, type CreatorStatusEventData } from "../../modules/creator/types"

/** Sends `creator.status_changed` now, straight through the event bus (not held until the workflow ends). */
export const announceShopStatus = (container: { resolve(key: string): any }, data: CreatorStatusEventData) =>
  container.resolve(Modules.EVENT_BUS).emit({ name: CreatorEvents.STATUS_CHANGED, data })

/**
 * `creator.status_changed` for a shop leaving `approved`, sent at once (right after the shop's
 * status is written, before its products are) rather than with the workflow's events at its end:
 * search drops the shop's products while their statuses are still being updated (seconds for a
 * shop of thousands, ADR 036). After the status write, so whatever search reads from then on
 * sees the shop withdrawn (its queue lets this delete go first, ADR 049). Its undo, if the
 * workflow fails, is `announce-shop-back-on-failure`'s. Given null (any other decision), it sends
 * nothing and the workflow's own event says it.
 */
export const announceShopWithdrawnStep = createStep(
  "announce-shop-withdrawn",
  async (data: CreatorStatusEventData | null, { container }) => {
    if (data) await announceShopStatus(container, data)
    return new StepResponse(data)
  },
)
