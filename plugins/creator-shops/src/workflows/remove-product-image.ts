import { updateProductsWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { validateImageOfProductStep } from "./steps/validate-image-of-product"

export type RemoveProductImageInput = { product_id: string; image_id: string }

/** Removes one of a product's images; the thumbnail moves on if needed. */
export const removeProductImageWorkflow = createWorkflow("remove-product-image", (input: RemoveProductImageInput) => {
  validateImageOfProductStep(input)
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "thumbnail", "images.id", "images.url"],
    filters: { id: input.product_id },
    options: { throwIfKeyNotFound: true },
  })
  updateProductsWorkflow.runAsStep({
    input: transform({ products, input }, ({ products, input }) => {
      const product = products[0]
      const removed = (product.images ?? []).find((image: any) => image.id === input.image_id)
      const images = product.images
        .filter((image: any) => image.id !== input.image_id)
        .map((image: any) => ({ id: image.id, url: image.url }))
      const thumbnail = product.thumbnail === removed?.url ? (images[0]?.url ?? null) : product.thumbnail
      return { selector: { id: product.id }, update: { images, thumbnail } }
    }),
  })
  return new WorkflowResponse({ id: input.image_id })
})
