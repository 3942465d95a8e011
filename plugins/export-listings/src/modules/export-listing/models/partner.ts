import { model } from "@medusajs/framework/utils"
import { FEED_FORMATS } from "../types"
import { PartnerToken } from "./partner-token"
import { FeedSnapshot } from "./feed-snapshot"
import { FeedFetch } from "./feed-fetch"

/** An export partner that pulls one feed: its format, market, language and currency. */
export const Partner = model.define("export_partner", {
  id: model.id({ prefix: "eptr" }).primaryKey(),
  name: model.text(),
  format: model.enum([...FEED_FORMATS]),
  market_country: model.text(),
  language: model.text(),
  currency: model.text(),
  allowed_kinds: model.json(),
  /** ships by post (UPU rules): dangerous goods cannot go to this partner */
  postal: model.boolean().default(true),
  rate_limit_per_minute: model.number().default(60),
  /** share of items a new snapshot may lose against the last published one before an operator must confirm */
  max_shrink: model.float().default(0.5),
  active: model.boolean().default(true),
  tokens: model.hasMany(() => PartnerToken, { mappedBy: "partner" }),
  snapshots: model.hasMany(() => FeedSnapshot, { mappedBy: "partner" }),
  fetches: model.hasMany(() => FeedFetch, { mappedBy: "partner" }),
})
