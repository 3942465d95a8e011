import { randomBytes } from "node:crypto"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toHandle } from "../../utils/to-handle"

/**
 * Product handles are one namespace for the whole marketplace (they are store URLs). A handle
 * the creator chose must be free; one derived from the title gets a short random suffix when
 * another shop's listing (perhaps an unpublished draft) already has it, so two shops can both
 * sell a "Copper jug" and neither learns about the other's drafts.
 */
export const resolveProductHandleStep = createStep(
  "resolve-product-handle",
  async (input: { handle?: string; title: string }, { container }) => {
    const products = container.resolve(Modules.PRODUCT)
    const taken = async (handle: string) =>
      (await products.listProducts({ handle }, { select: ["id"], take: 1, withDeleted: true })).length > 0
    if (input.handle) {
      if (await taken(input.handle))
        throw new MedusaError(
          MedusaError.Types.DUPLICATE_ERROR,
          `The handle "${input.handle}" is taken in the marketplace: choose another one, or leave it out to derive one from the title.`,
        )
      return new StepResponse(input.handle)
    }
    const base = toHandle(input.title, 56) || "listing"
    let handle = base
    while (await taken(handle)) handle = `${base}-${randomBytes(3).toString("hex")}`
    return new StepResponse(handle)
  },
)
