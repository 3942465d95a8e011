import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createInventoryLevelsWorkflow } from "@medusajs/medusa/core-flows"
import type { ProductSeed } from "../types"
import { variantSku } from "./product-input"

type VariantRow = { sku: string; inventory_items: { inventory_item_id: string }[] }

/** Stock of the physical goods at the Baku location; items that already have a level keep it. */
export async function stockPhysicalGoods(container: MedusaContainer, seeds: ProductSeed[], locationId: string) {
  const stockBySku = new Map(
    seeds
      .filter((seed) => seed.kind === "physical")
      .flatMap((seed) => seed.variants.map((variant, i) => [variantSku(seed.handle, i), variant.stock ?? 0] as const)),
  )
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "variant",
    fields: ["sku", "inventory_items.inventory_item_id"],
    filters: { sku: [...stockBySku.keys()] },
  })
  const itemBySku = new Map(
    (data as VariantRow[]).flatMap((variant) => variant.inventory_items.map((item) => [variant.sku, item.inventory_item_id] as const)),
  )
  const levels = await container
    .resolve(Modules.INVENTORY)
    .listInventoryLevels(
      { inventory_item_id: [...itemBySku.values()], location_id: locationId },
      { select: ["inventory_item_id"], take: null },
    )
  const stocked = new Set(levels.map((level) => level.inventory_item_id))
  const missing = [...itemBySku].filter(([, itemId]) => !stocked.has(itemId))
  if (!missing.length) return 0
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: missing.map(([sku, itemId]) => ({
        inventory_item_id: itemId,
        location_id: locationId,
        stocked_quantity: stockBySku.get(sku)!,
      })),
    },
  })
  return missing.length
}
