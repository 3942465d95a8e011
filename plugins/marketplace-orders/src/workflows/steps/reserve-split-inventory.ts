import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pickLocations, readCartStock } from "../../utils/cart-stock"

type Reserved = { reservation_ids: string[]; keys: string[] }

/**
 * Reserves the stock of every line of the cart BEFORE any order exists, under a lock per inventory
 * item (Medusa's locking module: in memory, or Redis in the scale-out profile). Two buyers of the
 * last unit queue on the same key; the second finds nothing available and fails here, so no
 * order, payment or link of theirs is ever written (docs/decisions/012, 027, 032).
 */
export const reserveSplitInventoryStep = createStep(
  "reserve-split-inventory",
  async (input: { cart_id: string }, { container }) => {
    const sql = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const lines = await readCartStock(sql, input.cart_id)
    if (!lines.length) return new StepResponse([] as { id: string; line_item_id: string }[], { reservation_ids: [], keys: [] } as Reserved)
    // a buyer who already lost is told without queueing behind the others for the lock; the
    // check under the lock, against what is reserved in the database, is the one that counts
    pickLocations(lines)
    const inventory = container.resolve(Modules.INVENTORY)
    const keys = [...new Set(lines.map((line) => line.inventory_item_id))].sort()
    const reservations = await container
      .resolve(Modules.LOCKING)
      .execute(keys, async () => await inventory.createReservationItems(pickLocations(await readCartStock(sql, input.cart_id))), {
        timeout: 20,
      })
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
