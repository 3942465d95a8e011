import { model } from "@medusajs/framework/utils"
import { DigitalAsset } from "./digital-asset"

/** A buyer's right to download one asset of one order line, limited in count and time. */
export const DownloadGrant = model
  .define("download_grant", {
    id: model.id({ prefix: "dlg" }).primaryKey(),
    order_id: model.text(),
    line_item_id: model.text(),
    customer_id: model.text().nullable(),
    email: model.text().nullable(),
    max_downloads: model.number(),
    downloads_used: model.number().default(0),
    expires_at: model.dateTime(),
    /** set when the purchase is taken back (its order cancelled, its line refunded in full): the link stops working */
    revoked_at: model.dateTime().nullable(),
    revoked_reason: model.enum(["cancelled", "refunded"]).nullable(),
    asset: model.belongsTo(() => DigitalAsset, { mappedBy: "grants" }),
  })
  .indexes([{ on: ["order_id"] }, { on: ["customer_id"] }, { on: ["line_item_id", "asset_id"], unique: true, where: "deleted_at IS NULL" }])
