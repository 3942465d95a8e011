import { emitEventStep, sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ListingEvents } from "../modules/listing/types"
import { downloadUrl } from "../utils/download-links"
import { pluginOptions } from "../utils/options"
import { createDownloadGrantsStep } from "./steps/create-download-grants"

const downloadLinksStep = createStep("download-links", async (grants: any[], { container }) => {
  const { backend_url, secret } = pluginOptions(container)
  return new StepResponse(grants.map((grant) => ({ filename: grant.asset.filename, url: downloadUrl(backend_url, secret, grant), expires_at: grant.expires_at, downloads_left: grant.max_downloads - grant.downloads_used })))
})

/** After an order is placed, its buyer gets signed, expiring, counted download links by e-mail. */
export const grantDownloadsWorkflow = createWorkflow("grant-downloads", (input: { order_id: string }) => {
  const { order, grants } = createDownloadGrantsStep(input)
  when({ grants, order }, ({ grants, order }) => grants.length > 0 && !!order.email).then(() => {
    const links = downloadLinksStep(grants)
    sendNotificationsStep(
      transform({ order, links }, ({ order, links }) => [
        {
          to: order.email,
          channel: "email",
          template: "digital-downloads",
          resource_id: order.id,
          resource_type: "order",
          trigger_type: ListingEvents.DOWNLOADS_GRANTED,
          data: { order_id: order.id, links },
        },
      ]),
    )
    emitEventStep({ eventName: ListingEvents.DOWNLOADS_GRANTED, data: transform({ order }, ({ order }) => ({ order_id: order.id })) })
  })
  return new WorkflowResponse(grants)
})
