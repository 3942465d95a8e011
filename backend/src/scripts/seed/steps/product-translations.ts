import type { CreateTranslationDTO, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { ProductSeed } from "../types"
import { saveTranslations, translationRows } from "./translations"

type ProductRow = {
  id: string
  handle: string
  options: { id: string; values: { id: string; value: string }[] }[]
  variants: { id: string; title: string }[]
}

/** az and ru text for the products, their option, option values and variants. */
export async function translateProducts(container: MedusaContainer, seeds: ProductSeed[]) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "options.id", "options.values.id", "options.values.value", "variants.id", "variants.title"],
    filters: { handle: seeds.map((seed) => seed.handle) },
  })
  const byHandle = new Map((data as ProductRow[]).map((product) => [product.handle, product]))
  const rows: CreateTranslationDTO[] = []
  for (const seed of seeds) {
    const product = byHandle.get(seed.handle)
    if (!product) continue
    rows.push(...translationRows("product", product.id, { title: seed.title, description: seed.description, material: seed.material }))
    for (const option of product.options) {
      rows.push(...translationRows("product_option", option.id, { title: seed.option }))
      for (const value of option.values) {
        const text = seed.variants.find((variant) => variant.value.en === value.value)?.value
        rows.push(...translationRows("product_option_value", value.id, { value: text }))
      }
    }
    for (const variant of product.variants) {
      const text = seed.variants.find((candidate) => candidate.value.en === variant.title)?.value
      rows.push(...translationRows("product_variant", variant.id, { title: text }))
    }
  }
  return saveTranslations(container, rows)
}
