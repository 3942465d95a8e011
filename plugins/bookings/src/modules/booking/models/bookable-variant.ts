import { model } from "@medusajs/framework/utils"
import { BookingSession } from "./session"
import { BookableResource } from "./resource"

/**
 * How a product variant is booked: `slot` books the resource for `duration_minutes` on a grid
 * of `grid_minutes` from opening time; `session` sells seats in fixed sessions.
 */
export const BookableVariant = model
  .define("bookable_variant", {
    id: model.id({ prefix: "bkvar" }).primaryKey(),
    variant_id: model.text(),
    product_id: model.text(),
    creator_id: model.text(),
    mode: model.enum(["slot", "session"]),
    duration_minutes: model.number().nullable(),
    grid_minutes: model.number().nullable(),
    resource: model.belongsTo(() => BookableResource, { mappedBy: "offerings" }),
    sessions: model.hasMany(() => BookingSession, { mappedBy: "offering" }),
  })
  .indexes([{ on: ["variant_id"], unique: true, where: "deleted_at IS NULL" }, { on: ["product_id"] }])
