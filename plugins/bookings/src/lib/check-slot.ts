import { MedusaError } from "@medusajs/framework/utils"
import type BookingModuleService from "../modules/booking/service"
import { scheduleOf, type ResourceRecord } from "./schedule"
import { type Busy, DAY, gridSlotProblem, MINUTE, occupied, sessionProblem } from "./slots"

export type OfferingRecord = {
  id: string
  variant_id: string
  product_id: string
  creator_id: string
  mode: "slot" | "session"
  duration_minutes: number | null
  grid_minutes: number | null
  resource: ResourceRecord
}

export type CheckedSlot = {
  start: number
  end: number
  occupied_from: number
  occupied_until: number
  session_id: string | null
}

/** A checked slot's times as the booking module stores them. */
export function slotTimes(slot: Pick<CheckedSlot, "start" | "end" | "occupied_from" | "occupied_until" | "session_id">) {
  return {
    session_id: slot.session_id,
    starts_at: new Date(slot.start),
    ends_at: new Date(slot.end),
    occupied_from: new Date(slot.occupied_from),
    occupied_until: new Date(slot.occupied_until),
  }
}

/**
 * Checks one wanted start against the schedule and what is booked (ignoring booking `ignore_id`,
 * the one being moved). Throws a 400 naming `start` for a wrong time, a 409 for a taken one.
 */
export async function checkSlot(
  bookings: BookingModuleService,
  offering: OfferingRecord,
  start: number,
  now: number,
  ignore_id?: string,
): Promise<CheckedSlot> {
  const schedule = scheduleOf(offering.resource)
  const fail = (code: string, message: string): never => {
    throw new MedusaError(code === "taken" ? MedusaError.Types.CONFLICT : MedusaError.Types.INVALID_DATA, `start: ${message}`)
  }
  if (offering.mode === "session") {
    // sessions made before duplicates were refused may share a start: the hold takes the first one
    // with a free seat, as the calendar offers every one that has a seat (sessionSlots)
    const sessions = await bookings.listBookingSessions(
      { offering_id: offering.id, starts_at: new Date(start) },
      { order: { created_at: "ASC" } },
    )
    if (!sessions.length) fail("hours", "No session of this class starts at this time: pick one of the listed sessions.")
    const until = Math.max(...sessions.map((s) => +s.ends_at))
    const [busy, own] = await Promise.all([
      bookings.listBusy([offering.resource.id], new Date(start), new Date(until)),
      ignore_id ? bookings.retrieveBooking(ignore_id) : null,
    ])
    const inputs = sessions.map((s) => ({
      id: s.id,
      start,
      end: +s.ends_at,
      capacity: s.capacity,
      // the booking being moved keeps no seat of its own session from itself
      taken: busy.filter((b) => b.session_id === s.id).length - (own?.session_id === s.id ? 1 : 0),
    }))
    const session = inputs.find((s) => !sessionProblem(schedule, s, now))
    if (!session) {
      const problem = sessionProblem(schedule, inputs[0], now)!
      return fail(problem.code, problem.message)
    }
    return { start, end: session.end, occupied_from: start, occupied_until: session.end, session_id: session.id }
  }
  const grid = { duration_minutes: offering.duration_minutes!, grid_minutes: offering.grid_minutes ?? offering.duration_minutes! }
  const end = start + grid.duration_minutes * MINUTE
  const range = occupied(schedule, start, end)
  const [rows, sessions] = await Promise.all([
    bookings.listBusy([offering.resource.id], new Date(range.start - DAY), new Date(range.end + DAY)),
    bookings.listSessionsOn([offering.resource.id], new Date(range.start - DAY), new Date(range.end + DAY)),
  ])
  const busy: Busy[] = [
    ...rows.filter((r) => !r.session_id).map((r) => ({ from: +r.occupied_from, until: +r.occupied_until })),
    ...sessions.map((s) => ({ from: +s.starts_at, until: +s.ends_at, seats: schedule.capacity })),
  ]
  // the booking being moved does not stand in its own way
  const own = ignore_id ? await bookings.retrieveBooking(ignore_id) : null
  const others = [...busy]
  const mine = own ? others.findIndex((b) => b.from === +own.occupied_from && b.until === +own.occupied_until && !b.seats) : -1
  if (mine >= 0) others.splice(mine, 1)
  const problem = gridSlotProblem(schedule, grid, others, start, now)
  if (problem) fail(problem.code, problem.message)
  return { start, end, occupied_from: range.start, occupied_until: range.end, session_id: null }
}
