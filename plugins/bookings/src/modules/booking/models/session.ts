import { model } from "@medusajs/framework/utils"
import { BookableVariant } from "./bookable-variant"

/** A fixed session of a `session` variant (a masterclass on a date) with `capacity` seats. */
export const BookingSession = model
  .define("booking_session", {
    id: model.id({ prefix: "bkses" }).primaryKey(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    capacity: model.number(),
    offering: model.belongsTo(() => BookableVariant, { mappedBy: "sessions" }),
  })
  .indexes([{ on: ["offering_id", "starts_at"] }])
