import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { CreatorStatusEventData } from "../../modules/creator/types"
import { announceShopStatus } from "./announce-shop-withdrawn"

/**
 * Does nothing until the decision fails: its compensation then announces the shop's status going
 * back, after the later steps' compensations have put the shop and its products back (it comes
 * before them), so listeners such as search read the shop again. Kept apart from
 * `announce-shop-withdrawn`, which runs after the status write (ADR 036, 049). Given null (any
 * other decision), nothing.
 */
export const announceShopBackOnFailureStep = createStep(
  "announce-shop-back-on-failure",
  async (data: CreatorStatusEventData | null) => new StepResponse(data, data),
  async (data, { container }) => {
    if (!data?.from) return
    await announceShopStatus(container, { id: data.id, from: data.to, to: data.from, reason: null })
  },
)
