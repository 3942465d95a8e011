import { model } from "@medusajs/framework/utils"
import { Listing } from "./listing"
import { DownloadGrant } from "./download-grant"

/**
 * A private file of a digital listing, stored through the File module with private access.
 * `variant_id` null means every licence tier gets it.
 */
export const DigitalAsset = model.define("digital_asset", {
  id: model.id({ prefix: "dass" }).primaryKey(),
  file_key: model.text(),
  filename: model.text(),
  mime_type: model.text(),
  size: model.number(),
  variant_id: model.text().nullable(),
  listing: model.belongsTo(() => Listing, { mappedBy: "assets" }),
  grants: model.hasMany(() => DownloadGrant, { mappedBy: "asset" }),
})
