import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { SeedLog } from "../log"
import type { ProductSeed } from "../types"
import { type CatalogueRefs, productInput } from "./product-input"
import { uploadProductImages } from "./product-images"

const BATCH = 12

/** Creates the seed products whose handle does not exist yet, a batch at a time, with their images. */
export async function createMissingProducts(container: MedusaContainer, seeds: ProductSeed[], refs: CatalogueRefs, log: SeedLog) {
  const existing = await container
    .resolve(Modules.PRODUCT)
    .listProducts({ handle: seeds.map((seed) => seed.handle) }, { select: ["handle"], take: null })
  const known = new Set(existing.map((product) => product.handle))
  const missing = seeds.filter((seed) => !known.has(seed.handle))
  let done = seeds.length - missing.length
  if (done) log(`products ${done}/${seeds.length} already exist`)
  for (let i = 0; i < missing.length; i += BATCH) {
    const batch = missing.slice(i, i + BATCH)
    const images = await uploadProductImages(container, batch)
    await createProductsWorkflow(container).run({
      input: { products: batch.map((seed) => productInput(seed, refs, images.get(seed.handle)!)) },
    })
    done += batch.length
    log(`products ${done}/${seeds.length}`)
  }
  return missing.length
}
