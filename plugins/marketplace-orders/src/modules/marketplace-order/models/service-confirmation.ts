import { model } from "@medusajs/framework/utils"

/** A creator's word to the buyer that a service line will take place on a date (a service has no parcel to ship). */
export const ServiceConfirmation = model
  .define("service_confirmation", {
    id: model.id({ prefix: "svcc" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    creator_id: model.text(),
    service_date: model.text(),
    note: model.text().nullable(),
  })
  .indexes([{ on: ["order_id"] }, { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" }])
