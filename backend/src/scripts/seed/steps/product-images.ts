import type { MedusaContainer } from "@medusajs/framework/types"
import { uploadFilesWorkflow } from "@medusajs/medusa/core-flows"
import { renderProductImage } from "../images"
import type { ProductSeed } from "../types"

/** Images per product: a main picture and a variation of it. */
export const IMAGES_PER_PRODUCT = 2

/** Draws the products' images and uploads them as public files; returns their URLs by handle. */
export async function uploadProductImages(container: MedusaContainer, products: ProductSeed[]): Promise<Map<string, string[]>> {
  const files = await Promise.all(
    products.flatMap((product) =>
      Array.from({ length: IMAGES_PER_PRODUCT }, async (_, index) => ({
        filename: `${product.handle}-${index + 1}.jpg`,
        mimeType: "image/jpeg",
        content: (await renderProductImage(product.handle, product.category, index)).toString("base64"),
        access: "public" as const,
      })),
    ),
  )
  const { result } = await uploadFilesWorkflow(container).run({ input: { files } })
  const urls = new Map<string, string[]>()
  products.forEach((product, i) =>
    urls.set(
      product.handle,
      result.slice(i * IMAGES_PER_PRODUCT, (i + 1) * IMAGES_PER_PRODUCT).map((file) => file.url),
    ),
  )
  return urls
}
