import { model } from "@medusajs/framework/utils"

/** Pixel size of a product image, measured once with sharp (partners have minimum sizes). */
export const ImageSize = model
  .define("export_image_size", {
    id: model.id({ prefix: "eimg" }).primaryKey(),
    url: model.text(),
    width: model.number(),
    height: model.number(),
  })
  .indexes([{ on: ["url"], unique: true, where: "deleted_at IS NULL" }])
