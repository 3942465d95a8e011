import { model } from "@medusajs/framework/utils"
import { SNAPSHOT_STATUSES } from "../types"
import { Partner } from "./partner"

/** One built feed file of a partner; the newest `published` one is served. */
export const FeedSnapshot = model
  .define("export_feed_snapshot", {
    id: model.id({ prefix: "efsn" }).primaryKey(),
    status: model.enum([...SNAPSHOT_STATUSES]),
    path: model.text().nullable(),
    etag: model.text().nullable(),
    item_count: model.number().default(0),
    bytes: model.bigNumber().nullable(),
    note: model.text().nullable(),
    built_at: model.dateTime(),
    partner: model.belongsTo(() => Partner, { mappedBy: "snapshots" }),
  })
  .indexes([{ on: ["partner_id", "status", "built_at"] }])
