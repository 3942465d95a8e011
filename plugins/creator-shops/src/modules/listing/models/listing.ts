import { model } from "@medusajs/framework/utils"
import { LISTING_KINDS, MODERATION_STATUSES, SERVICE_DELIVERIES } from "../types"
import { DigitalAsset } from "./digital-asset"
import { ModerationDecision } from "./moderation-decision"

/**
 * What the marketplace knows about a product beyond Medusa's product: its kind, its
 * moderation state and the kind's own details. Linked 1:1 to a product.
 */
export const Listing = model
  .define("listing", {
    id: model.id({ prefix: "lst" }).primaryKey(),
    kind: model.enum([...LISTING_KINDS]),
    /** the creator's intent; the product is published only while shop and moderation allow */
    published: model.boolean().default(false),
    moderation_status: model.enum([...MODERATION_STATUSES]).default("approved"),
    moderation_reason: model.text().nullable(),
    // service listings
    service_delivery: model.enum([...SERVICE_DELIVERIES]).nullable(),
    service_lead_time_days: model.number().nullable(),
    service_date_required: model.boolean().default(false),
    // digital listings
    download_limit: model.number().default(5),
    download_ttl_hours: model.number().default(72),
    assets: model.hasMany(() => DigitalAsset, { mappedBy: "listing" }),
    decisions: model.hasMany(() => ModerationDecision, { mappedBy: "listing" }),
  })
  .cascades({ delete: ["assets", "decisions"] })
  .indexes([{ on: ["moderation_status"] }, { on: ["kind"] }])
