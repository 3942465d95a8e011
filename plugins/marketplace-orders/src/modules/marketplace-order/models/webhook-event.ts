import { model } from "@medusajs/framework/utils"

/** A payment provider's webhook event already handed to Medusa: a replay of it is answered and ignored. */
export const WebhookEvent = model
  .define("webhook_event", {
    id: model.id({ prefix: "whev" }).primaryKey(),
    provider: model.text(),
    event_id: model.text(),
    type: model.text(),
  })
  .indexes([{ on: ["provider", "event_id"], unique: true }])
