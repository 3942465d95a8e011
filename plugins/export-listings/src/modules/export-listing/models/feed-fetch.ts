import { model } from "@medusajs/framework/utils"
import { Partner } from "./partner"

/** A partner's request for its feed: when, the answer's status and size, and whether the ETag matched. */
export const FeedFetch = model
  .define("export_feed_fetch", {
    id: model.id({ prefix: "effe" }).primaryKey(),
    path: model.text(),
    status: model.number(),
    bytes: model.number().default(0),
    etag_hit: model.boolean().default(false),
    partner: model.belongsTo(() => Partner, { mappedBy: "fetches" }),
  })
  .indexes([{ on: ["partner_id", "created_at"] }])
