import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/**
 * Reservations were made for the cart's lines (before any order existed); they now point at
 * the order lines that replaced them, as Medusa's fulfilment and cancellation expect.
 */
export const moveReservationsToOrdersStep = createStep(
  "move-reservations-to-orders",
  async (input: { reservations: { id: string; line_item_id: string }[]; line_map: Record<string, string> }, { container }) => {
    const moves = input.reservations.filter((r) => input.line_map[r.line_item_id])
    if (!moves.length) return new StepResponse(void 0, [] as { id: string; line_item_id: string }[])
    const inventory = container.resolve(Modules.INVENTORY)
    await inventory.updateReservationItems(moves.map((r) => ({ id: r.id, line_item_id: input.line_map[r.line_item_id] })))
    return new StepResponse(void 0, moves)
  },
  async (moves: { id: string; line_item_id: string }[] | undefined, { container }) => {
    if (!moves?.length) return
    await container.resolve(Modules.INVENTORY).updateReservationItems(moves.map((r) => ({ id: r.id, line_item_id: r.line_item_id })))
  },
)
