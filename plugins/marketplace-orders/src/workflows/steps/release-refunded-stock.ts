import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type StockRelease = { line_item_id: string; units: number; open_units: number }
type Before = { id: string; line_item_id: string; inventory_item_id: string; location_id: string; quantity: number; deleted: boolean }[]

/**
 * Refunded units that were not shipped go back on sale: their share of the line's reservations
 * is released (whole reservations of `all_of` lines, for a cancellation). Shipped units have left
 * the warehouse and come back only through a return. Compensation puts the reservations back.
 */
export const releaseRefundedStockStep = createStep(
  "release-refunded-stock",
  async (input: { lines: StockRelease[]; all_of?: string[] }, { container }) => {
    const wanted = input.lines.filter((l) => l.units > 0 && l.open_units > 0)
    const ids = [...new Set([...wanted.map((l) => l.line_item_id), ...(input.all_of ?? [])])]
    if (!ids.length) return new StepResponse(void 0, [] as Before)
    const inventory = container.resolve(Modules.INVENTORY)
    const reservations = await inventory.listReservationItems({ line_item_id: ids })
    const before: Before = []
    const updates: { id: string; quantity: number }[] = []
    const deletes: string[] = []
    for (const r of reservations) {
      const line = wanted.find((l) => l.line_item_id === r.line_item_id)
      const all = input.all_of?.includes(r.line_item_id as string) || (line && line.units >= line.open_units)
      const left = all ? 0 : Number(r.quantity) - Math.round((Number(r.quantity) * line!.units) / line!.open_units)
      if (left === Number(r.quantity)) continue
      before.push({ ...(r as any), quantity: Number(r.quantity), deleted: left <= 0 })
      if (left <= 0) deletes.push(r.id)
      else updates.push({ id: r.id, quantity: left })
    }
    if (updates.length) await inventory.updateReservationItems(updates)
    if (deletes.length) await inventory.deleteReservationItems(deletes)
    return new StepResponse(void 0, before)
  },
  async (before: Before | undefined, { container }) => {
    if (!before?.length) return
    const inventory = container.resolve(Modules.INVENTORY)
    const gone = before.filter((r) => r.deleted)
    const kept = before.filter((r) => !r.deleted)
    if (kept.length) await inventory.updateReservationItems(kept.map((r) => ({ id: r.id, quantity: r.quantity })))
    if (gone.length)
      await inventory.createReservationItems(
        gone.map((r) => ({
          line_item_id: r.line_item_id,
          inventory_item_id: r.inventory_item_id,
          location_id: r.location_id,
          quantity: r.quantity,
        })),
      )
  },
)
