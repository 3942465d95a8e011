import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { addProductImagesWorkflow } from "../../../../../workflows/add-product-images"
import { cleanImage } from "../../../../../utils/images"
import { pluginOptions } from "../../../../../utils/options"
import { uploadedFiles } from "../../../../../utils/uploads"
import { retrieveCreatorProduct } from "../../../../utils/creator-products"
import { shopContext } from "../../../../utils/context"

/** Upload product images (multipart, field "files"); each is checked and re-encoded first. */
export const POST = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const { max_image_pixels } = pluginOptions(req.scope)
  const files = []
  for (const file of uploadedFiles(req)) {
    const clean = await cleanImage(file.buffer, { maxPixels: max_image_pixels })
    const name =
      file.originalname
        .replace(/\.[^.]*$/, "")
        .replace(/[^\w.-]+/g, "-")
        .slice(0, 80) || "image"
    files.push({ filename: `${name}.webp`, mimeType: clean.mimeType, content: clean.buffer.toString("base64") })
  }
  await addProductImagesWorkflow(req.scope).run({ input: { product_id: req.params.id, member_id: shopContext(req).member_id, files } })
  res.status(201).json({ product: await retrieveCreatorProduct(req.scope, req.params.id) })
}
