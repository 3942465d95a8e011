import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createStep, createWorkflow, StepResponse, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { LISTING_MODULE } from "../modules/listing"
import type ListingModuleService from "../modules/listing/service"
import { ListingEvents } from "../modules/listing/types"
import { downloadUrl } from "../utils/download-links"
import { pluginOptions } from "../utils/options"

const downloadLinksStep = createStep("download-links", async (input: { order_id: string }, { container }) => {
  const { backend_url, secret } = pluginOptions(container)
  const listings: ListingModuleService = container.resolve(LISTING_MODULE)
  const grants = await listings.listDownloadGrants({ order_id: input.order_id }, { relations: ["asset"] })
  const {
    data: [order],
  } = await container
    .resolve(ContainerRegistrationKeys.QUERY)
    .graph({ entity: "order", fields: ["id", "email"], filters: { id: input.order_id } })
  const links = grants
    .filter((grant) => grant.asset)
    .map((grant) => ({
      filename: grant.asset.filename,
      url: downloadUrl(backend_url, secret, grant),
      expires_at: grant.expires_at,
      downloads_left: grant.max_downloads - grant.downloads_used,
    }))
  return new StepResponse({ email: order?.email as string | undefined, links })
})

/** E-mails a buyer the signed download links of an order. */
export const sendDownloadLinksWorkflow = createWorkflow("send-download-links", (input: { order_id: string }) => {
  const { email, links } = downloadLinksStep(input)
  when({ email, links }, ({ email, links }) => !!email && links.length > 0).then(() => {
    sendNotificationsStep(
      transform({ input, email, links }, ({ input, email, links }) => [
        {
          to: email!,
          channel: "email",
          template: "digital-downloads",
          resource_id: input.order_id,
          resource_type: "order",
          trigger_type: ListingEvents.DOWNLOADS_GRANTED,
          data: { order_id: input.order_id, links },
        },
      ]),
    )
  })
  return new WorkflowResponse(links)
})
