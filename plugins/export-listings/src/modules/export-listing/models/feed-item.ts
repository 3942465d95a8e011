import { model } from "@medusajs/framework/utils"

/**
 * The JSON change feed's state of one item for one partner: its last payload and when it changed.
 * A withdrawn item stays as a tombstone (`deleted`), so partners that sync by date remove it too.
 */
export const FeedItem = model
  .define("export_feed_item", {
    id: model.id({ prefix: "efit" }).primaryKey(),
    partner_id: model.text(),
    item_id: model.text(),
    hash: model.text(),
    payload: model.json().nullable(),
    deleted: model.boolean().default(false),
    changed_at: model.dateTime(),
    /** the build that last wrote the item (new or changed) */
    seen_build: model.text(),
  })
  .indexes([{ on: ["partner_id", "item_id"], unique: true }, { on: ["partner_id", "changed_at", "item_id"] }])
