import { model } from "@medusajs/framework/utils"

export const BOOKING_STATUSES = ["held", "confirmed", "cancelled", "expired"] as const
export type BookingStatus = (typeof BOOKING_STATUSES)[number]

/**
 * A hold (status `held`, until `expires_at`) or a booking of a resource. Holds and bookings are
 * one table so that one exclusion constraint covers both (see the migration and docs/decisions/015).
 */
export const Booking = model
  .define("booking", {
    id: model.id({ prefix: "bkg" }).primaryKey(),
    /** the ICS UID: stays the same through reschedules */
    uid: model.text(),
    /** RFC 5545 SEQUENCE: goes up with every reschedule or cancellation */
    sequence: model.number().default(0),
    status: model.enum([...BOOKING_STATUSES]),
    creator_id: model.text(),
    resource_id: model.text(),
    offering_id: model.text(),
    variant_id: model.text(),
    product_id: model.text(),
    session_id: model.text().nullable(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    /** starts_at minus the buffer before, ends_at plus the buffer after */
    occupied_from: model.dateTime(),
    occupied_until: model.dateTime(),
    /** the resource takes one booking at a time: the exclusion constraint applies */
    exclusive: model.boolean().default(false),
    seat_no: model.number().nullable(),
    seat_capacity: model.number().nullable(),
    expires_at: model.dateTime().nullable(),
    cart_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    order_id: model.text().nullable(),
    cancelled_at: model.dateTime().nullable(),
  })
  .indexes([
    { on: ["uid"], unique: true },
    { on: ["creator_id", "starts_at"] },
    { on: ["cart_id"] },
    { on: ["order_id"] },
    { on: ["status", "expires_at"] },
  ])
