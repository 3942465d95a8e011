import { model } from "@medusajs/framework/utils"
import { ExportProfile } from "./export-profile"

/** Per-variant values where variants differ physically: their own GTIN, weight and size. */
export const ExportVariantOverride = model
  .define("export_variant_override", {
    id: model.id({ prefix: "expv" }).primaryKey(),
    variant_id: model.text(),
    gtin: model.text().nullable(),
    weight_g: model.number().nullable(),
    length_mm: model.number().nullable(),
    width_mm: model.number().nullable(),
    height_mm: model.number().nullable(),
    profile: model.belongsTo(() => ExportProfile, { mappedBy: "variant_overrides" }),
  })
  .indexes([{ on: ["variant_id"], unique: true, where: "deleted_at IS NULL" }])
