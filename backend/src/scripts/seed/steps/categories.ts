import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductCategoriesWorkflow } from "@medusajs/medusa/core-flows"
import { CATEGORIES } from "../data/categories"
import { saveTranslations, translationRows } from "./translations"

/** Category ids by handle; parents are created before their children. */
export async function ensureCategories(container: MedusaContainer): Promise<Map<string, string>> {
  const products = container.resolve(Modules.PRODUCT)
  const existing = await products.listProductCategories(
    { handle: CATEGORIES.map((category) => category.handle) },
    { select: ["id", "handle"], take: null },
  )
  const ids = new Map(existing.map((category) => [category.handle, category.id]))
  for (const level of [CATEGORIES.filter((c) => !c.parent), CATEGORIES.filter((c) => c.parent)]) {
    const missing = level.filter((category) => !ids.has(category.handle))
    if (!missing.length) continue
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((category) => ({
          name: category.name.en,
          handle: category.handle,
          description: category.description.en,
          is_active: true,
          rank: CATEGORIES.filter((c) => c.parent === category.parent).indexOf(category),
          parent_category_id: category.parent ? ids.get(category.parent) : null,
        })),
      },
    })
    result.forEach((category) => ids.set(category.handle, category.id))
  }
  await saveTranslations(
    container,
    CATEGORIES.flatMap((category) =>
      translationRows("product_category", ids.get(category.handle)!, { name: category.name, description: category.description }),
    ),
  )
  return ids
}
