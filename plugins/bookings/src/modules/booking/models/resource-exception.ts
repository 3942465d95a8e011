import { model } from "@medusajs/framework/utils"
import { BookableResource } from "./resource"

/**
 * A dated change to the weekly hours, in the resource's time zone: `closed` for the whole day
 * (a holiday) or between two times (maintenance, a creator's block), `open` for extra hours.
 */
export const ResourceException = model
  .define("bookable_resource_exception", {
    id: model.id({ prefix: "bkexc" }).primaryKey(),
    date: model.text(),
    kind: model.enum(["closed", "open"]),
    start_time: model.text().nullable(),
    end_time: model.text().nullable(),
    note: model.text().nullable(),
    resource: model.belongsTo(() => BookableResource, { mappedBy: "exceptions" }),
  })
  .indexes([{ on: ["resource_id", "date"] }])
