import { updateProductsWorkflow, uploadFilesWorkflow, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { resubmitListing } from "./steps/resubmit-listing"
import { syncListingVisibility } from "./steps/sync-listing-visibility"

export type AddProductImagesInput = {
  product_id: string
  member_id: string
  files: { filename: string; mimeType: string; content: string }[]
}

/** Uploads already-cleaned images (see utils/images) and appends them to the product's gallery. */
export const addProductImagesWorkflow = createWorkflow("add-product-images", (input: AddProductImagesInput) => {
  const { data: products } = useQueryGraphStep({
    entity: "product",
    fields: ["id", "thumbnail", "images.id", "images.url"],
    filters: { id: input.product_id },
    options: { throwIfKeyNotFound: true },
  })
  const uploaded = uploadFilesWorkflow.runAsStep({
    input: transform({ input }, ({ input }) => ({ files: input.files.map((file) => ({ ...file, access: "public" as const })) })),
  })
  updateProductsWorkflow.runAsStep({
    input: transform({ products, uploaded }, ({ products, uploaded }) => {
      const product = products[0]
      const images = [
        ...(product.images ?? []).map((image: any) => ({ id: image.id, url: image.url })),
        ...uploaded.map((file) => ({ url: file.url })),
      ]
      return { selector: { id: product.id }, update: { images, thumbnail: product.thumbnail ?? uploaded[0]?.url } }
    }),
  })
  resubmitListing(
    transform({ input }, ({ input }) => ({ product_id: input.product_id, actor_id: input.member_id, reason: "images added" })),
  )
  syncListingVisibility(transform({ input }, ({ input }) => ({ product_ids: [input.product_id] }))).config({
    name: "sync-after-resubmit",
  })
  return new WorkflowResponse(uploaded)
})
