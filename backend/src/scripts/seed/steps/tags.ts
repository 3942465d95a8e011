import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createProductTagsWorkflow } from "@medusajs/medusa/core-flows"

/** Tag ids by value, creating the tags that do not exist yet. */
export async function ensureTags(container: MedusaContainer, values: string[]): Promise<Map<string, string>> {
  const unique = [...new Set(values)]
  const existing = await container.resolve(Modules.PRODUCT).listProductTags({ value: unique }, { select: ["id", "value"], take: null })
  const ids = new Map(existing.map((tag) => [tag.value, tag.id]))
  const missing = unique.filter((value) => !ids.has(value))
  if (missing.length) {
    const { result } = await createProductTagsWorkflow(container).run({ input: { product_tags: missing.map((value) => ({ value })) } })
    result.forEach((tag) => ids.set(tag.value, tag.id))
  }
  return ids
}
