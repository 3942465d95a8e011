import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type StockLine = {
  line_item_id: string
  title: string
  quantity: number
  allow_backorder: boolean
  /** the variant's inventory items and how many of each one unit needs */
  inventory: { inventory_item_id: string; required_quantity: number }[]
}

type Reserved = { reservation_ids: string[]; keys: string[] }

/**
 * Reserves the stock of every line BEFORE any order exists, under a lock per inventory item
 * (Medusa's locking module: in memory, or Redis in the scale-out profile). Two buyers of the
 * last unit queue on the same key; the second finds nothing available and fails here, so no
 * order, payment or link of theirs is ever written (see docs/decisions/012).
 */
export const reserveSplitInventoryStep = createStep(
  "reserve-split-inventory",
  async (input: { lines: StockLine[]; location_ids: string[] }, { container }) => {
    const wanted = input.lines.flatMap((line) =>
      line.inventory.map((inv) => ({ line, inventory_item_id: inv.inventory_item_id, quantity: inv.required_quantity * line.quantity })),
    )
    if (!wanted.length) return new StepResponse([] as { id: string; line_item_id: string }[], { reservation_ids: [], keys: [] } as Reserved)
    const inventory = container.resolve(Modules.INVENTORY)
    const locking = container.resolve(Modules.LOCKING)
    const keys = [...new Set(wanted.map((w) => w.inventory_item_id))].sort()
    const pick = async () => {
      const levels = await inventory.listInventoryLevels({ inventory_item_id: keys, location_id: input.location_ids })
      return wanted.map((w) => {
        const candidates = levels.filter((level) => level.inventory_item_id === w.inventory_item_id)
        const level = candidates.find((l) => Number(l.available_quantity) >= w.quantity) ?? candidates[0]
        if (!level || (!w.line.allow_backorder && Number(level.available_quantity) < w.quantity)) {
          throw new MedusaError(
            MedusaError.Types.CONFLICT,
            `Sold out: "${w.line.title}" is no longer in stock. Remove it from the cart to check out.`,
          )
        }
        return {
          line_item_id: w.line.line_item_id,
          inventory_item_id: w.inventory_item_id,
          location_id: level.location_id,
          quantity: w.quantity,
          allow_backorder: w.line.allow_backorder,
        }
      })
    }
    // a buyer who already lost is told without queueing behind the others for the lock; the
    // check under the lock, against what is reserved in the database, is the one that counts
    await pick()
    const reservations = await locking.execute(keys, async () => await inventory.createReservationItems(await pick()), { timeout: 20 })
    return new StepResponse(
      reservations.map((r) => ({ id: r.id, line_item_id: r.line_item_id as string })),
      { reservation_ids: reservations.map((r) => r.id), keys },
    )
  },
  async (reserved: Reserved | undefined, { container }) => {
    if (!reserved?.reservation_ids.length) return
    const locking = container.resolve(Modules.LOCKING)
    await locking.execute(reserved.keys, () => container.resolve(Modules.INVENTORY).deleteReservationItems(reserved.reservation_ids))
  },
)
