import { sendNotificationsStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ListingEvents } from "../modules/listing/types"
import { resolveDownloadLinksStep } from "./steps/resolve-download-links"

/** E-mails a buyer the signed download links of an order, in the language they bought in. */
export const sendDownloadLinksWorkflow = createWorkflow("send-download-links", (input: { order_id: string }) => {
  const { email, locale, links } = resolveDownloadLinksStep(input)
  when({ email, links }, ({ email, links }) => !!email && links.length > 0).then(() => {
    sendNotificationsStep(
      transform({ input, email, locale, links }, ({ input, email, locale, links }) => [
        {
          to: email!,
          channel: "email",
          template: "digital-downloads",
          resource_id: input.order_id,
          resource_type: "order",
          trigger_type: ListingEvents.DOWNLOADS_GRANTED,
          data: { order_id: input.order_id, links, ...(locale ? { locale } : {}) },
        },
      ]),
    )
  })
  return new WorkflowResponse(links)
})
