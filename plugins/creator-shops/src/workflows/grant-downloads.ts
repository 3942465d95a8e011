import { emitEventStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ListingEvents } from "../modules/listing/types"
import { createDownloadGrantsStep } from "./steps/create-download-grants"

/**
 * After an order is placed, its digital lines get download grants; `listing.downloads_granted`
 * then has the links e-mailed (send-download-links), so a failing e-mail never takes the grants
 * back: the buyer also finds them in their account.
 */
export const grantDownloadsWorkflow = createWorkflow("grant-downloads", (input: { order_id: string }) => {
  const { grants } = createDownloadGrantsStep(input)
  when({ grants }, ({ grants }) => grants.length > 0).then(() => {
    emitEventStep({ eventName: ListingEvents.DOWNLOADS_GRANTED, data: transform({ input }, ({ input }) => ({ order_id: input.order_id })) })
  })
  return new WorkflowResponse(grants)
})
