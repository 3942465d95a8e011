import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

type Input = { location_id: string | null; stock: { variant_id: string; quantity: number }[] }
type Undo = { created: string[]; updated: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] }

/** Sets how many units of each variant are in stock at the marketplace's location. */
export const setVariantStockStep = createStep(
  "set-variant-stock",
  async (input: Input, { container }) => {
    const undo: Undo = { created: [], updated: [] }
    if (!input.location_id || !input.stock.length) return new StepResponse(undefined, undo)
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const inventory = container.resolve(Modules.INVENTORY)
    const { data: variants } = await query.graph({
      entity: "product_variant",
      fields: ["id", "inventory_items.inventory_item_id"],
      filters: { id: input.stock.map((s) => s.variant_id) },
    })
    for (const { variant_id, quantity } of input.stock) {
      const itemId = variants.find((v: any) => v.id === variant_id)?.inventory_items?.[0]?.inventory_item_id
      if (!itemId) continue
      const [level] = await inventory.listInventoryLevels({ inventory_item_id: itemId, location_id: input.location_id })
      if (level) {
        undo.updated.push({ inventory_item_id: itemId, location_id: input.location_id, stocked_quantity: Number(level.stocked_quantity) })
        await inventory.updateInventoryLevels([{ inventory_item_id: itemId, location_id: input.location_id, stocked_quantity: quantity }])
      } else {
        const created = await inventory.createInventoryLevels([
          { inventory_item_id: itemId, location_id: input.location_id, stocked_quantity: quantity },
        ])
        undo.created.push(created[0].id)
      }
    }
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const inventory = container.resolve(Modules.INVENTORY)
    if (undo.created.length) await inventory.deleteInventoryLevels(undo.created)
    if (undo.updated.length) await inventory.updateInventoryLevels(undo.updated)
  },
)
