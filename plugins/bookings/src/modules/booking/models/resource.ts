import { model } from "@medusajs/framework/utils"
import { BookableVariant } from "./bookable-variant"
import { ResourceException } from "./resource-exception"

export const RESOURCE_KINDS = ["room", "teacher", "equipment"] as const

/**
 * Something a shop books out: a studio room, a teacher, a piece of equipment. Its schedule is
 * read in its own time zone; `capacity` is 1 for a room booked whole, N for seats.
 */
export const BookableResource = model
  .define("bookable_resource", {
    id: model.id({ prefix: "bkres" }).primaryKey(),
    creator_id: model.text(),
    name: model.text(),
    kind: model.enum([...RESOURCE_KINDS]).default("room"),
    timezone: model.text().default("Asia/Baku"),
    capacity: model.number().default(1),
    buffer_before_minutes: model.number().default(0),
    buffer_after_minutes: model.number().default(0),
    min_notice_minutes: model.number().default(60),
    window_days: model.number().default(90),
    /** buyers may cancel or reschedule until this many hours before the start */
    cancel_notice_hours: model.number().default(24),
    /** [{ day: 1..7 (ISO, Monday = 1), opens: "HH:MM", closes: "HH:MM" }] in `timezone` */
    opening_hours: model.json(),
    /** sha256 of the private calendar feed token; null = no feed */
    feed_token_hash: model.text().nullable(),
    exceptions: model.hasMany(() => ResourceException, { mappedBy: "resource" }),
    offerings: model.hasMany(() => BookableVariant, { mappedBy: "resource" }),
  })
  .indexes([{ on: ["creator_id"] }, { on: ["feed_token_hash"], unique: true, where: "feed_token_hash IS NOT NULL AND deleted_at IS NULL" }])
