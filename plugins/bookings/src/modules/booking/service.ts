import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import type { EntityManager } from "@medusajs/framework/mikro-orm/knex"
import { type Busy, seatsLeft } from "../../lib/slots"
import { Booking } from "./models/booking"
import { BookableVariant } from "./models/bookable-variant"
import { BookableResource } from "./models/resource"
import { ResourceException } from "./models/resource-exception"
import { BookingSession } from "./models/session"

/**
 * A hold stays in the way for this long after it expires, so a checkout that passed its
 * check just before the expiry can still turn it into a booking (docs/decisions/015).
 */
export const HOLD_GRACE_SECONDS = 120

/** Rows that occupy a resource: bookings, and holds not yet past their grace. */
const ACTIVE = `b.deleted_at IS NULL AND (b.status = 'confirmed' OR (b.status = 'held' AND b.expires_at > now() - interval '${HOLD_GRACE_SECONDS} seconds'))`

const SESSIONS_ON = `SELECT s.id, s.offering_id, o.resource_id, s.starts_at, s.ends_at, s.capacity FROM booking_session s
  JOIN bookable_variant o ON o.id = s.offering_id AND o.deleted_at IS NULL WHERE s.deleted_at IS NULL AND o.resource_id IN`

export type BusyRow = { resource_id: string; session_id: string | null; occupied_from: Date; occupied_until: Date }
export type SessionRow = { id: string; offering_id: string; resource_id: string; starts_at: Date; ends_at: Date; capacity: number }

export type Occupancy = {
  id?: string
  uid?: string
  creator_id: string
  resource_id: string
  offering_id: string
  variant_id: string
  product_id: string
  session_id: string | null
  starts_at: Date
  ends_at: Date
  occupied_from: Date
  occupied_until: Date
  /** the resource's capacity: 1 makes the row exclusive */
  capacity: number
  expires_at: Date
  cart_id: string | null
}

const placeholders = (values: unknown[]) => values.map(() => "?").join(", ")

/** PostgreSQL's answer when the exclusion constraint or the seat index stops a second booking. */
function isRaceLoss(error: unknown) {
  const code = (error as { code?: string })?.code
  return code === "23P01" || code === "23505" || code === "23514"
}

const TAKEN = "This slot is no longer free: pick another one."

class BookingModuleService extends MedusaService({ BookableResource, ResourceException, BookableVariant, BookingSession, Booking }) {
  /** One query: everything occupying these resources in [from, to), bookings and live holds alike, without who. */
  @InjectManager()
  async listBusy(resourceIds: string[], from: Date, to: Date, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    if (!resourceIds.length) return []
    const rows: BusyRow[] = await sharedContext.manager!.execute(
      `SELECT b.resource_id, b.session_id, b.occupied_from, b.occupied_until FROM booking b
       WHERE b.resource_id IN (${placeholders(resourceIds)}) AND ${ACTIVE} AND b.occupied_from < ? AND b.occupied_until > ?`,
      [...resourceIds, to, from],
    )
    return rows
  }

  /** Sessions held on these resources in [from, to) (they occupy the resource for grid bookings too). */
  @InjectManager()
  async listSessionsOn(resourceIds: string[], from: Date, to: Date, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    if (!resourceIds.length) return []
    const rows: SessionRow[] = await sharedContext.manager!.execute(
      `${SESSIONS_ON} (${placeholders(resourceIds)}) AND s.starts_at < ? AND s.ends_at > ?`,
      [...resourceIds, to, from],
    )
    return rows
  }

  /**
   * Writes a hold (or moves booking `move_id` to a new time) only if the resource still has room,
   * under a lock on the resource row: concurrent buyers queue here, one at a time. The exclusion
   * constraint (capacity 1) and the unique seat index (sessions) stop anything that slips past.
   */
  @InjectTransactionManager()
  async occupy(input: Occupancy & { move_id?: string }, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    const em = sharedContext.transactionManager!
    const locked = await em.execute(`SELECT id FROM bookable_resource WHERE id = ? AND deleted_at IS NULL FOR UPDATE`, [input.resource_id])
    if (!locked.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This resource no longer exists.")
    // holds long past their grace no longer count; clear them so the constraint does not see them
    await em.execute(
      `UPDATE booking SET status = 'expired', updated_at = now() WHERE resource_id = ? AND status = 'held'
       AND expires_at <= now() - interval '${HOLD_GRACE_SECONDS * 2} seconds'`,
      [input.resource_id],
    )
    const seat = input.session_id ? await this.freeSeat(em, input) : { seat_no: null, seat_capacity: null }
    if (!input.session_id) await this.assertRoom(em, input)
    const exclusive = !input.session_id && input.capacity === 1
    const when = [
      input.starts_at,
      input.ends_at,
      input.occupied_from,
      input.occupied_until,
      input.session_id,
      exclusive,
      seat.seat_no,
      seat.seat_capacity,
    ]
    try {
      if (input.move_id) {
        const rows = await em.execute(
          `UPDATE booking SET starts_at = ?, ends_at = ?, occupied_from = ?, occupied_until = ?, session_id = ?, exclusive = ?,
           seat_no = ?, seat_capacity = ?, sequence = sequence + 1, updated_at = now()
           WHERE id = ? AND status = 'confirmed' AND deleted_at IS NULL RETURNING id`,
          [...when, input.move_id],
        )
        if (!rows.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "Only a confirmed booking can be moved.")
        return input.move_id
      }
      const id = generateEntityId(undefined, "bkg")
      await em.execute(
        `INSERT INTO booking (id, starts_at, ends_at, occupied_from, occupied_until, session_id, exclusive, seat_no, seat_capacity,
           uid, status, creator_id, resource_id, offering_id, variant_id, product_id, expires_at, cart_id)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'held', ?, ?, ?, ?, ?, ?, ?)`,
        [
          id,
          ...when,
          input.uid ?? `${id}@creative-market.az`,
          input.creator_id,
          input.resource_id,
          input.offering_id,
          input.variant_id,
          input.product_id,
          input.expires_at,
          input.cart_id,
        ],
      )
      return id
    } catch (error) {
      if (isRaceLoss(error)) throw new MedusaError(MedusaError.Types.CONFLICT, TAKEN)
      throw error
    }
  }

  private async assertRoom(em: EntityManager, input: Occupancy & { move_id?: string }) {
    const rows: BusyRow[] = await em.execute(
      `SELECT b.resource_id, b.session_id, b.occupied_from, b.occupied_until FROM booking b
       WHERE b.resource_id = ? AND ${ACTIVE} AND b.occupied_from < ? AND b.occupied_until > ? AND b.id <> ?`,
      [input.resource_id, input.occupied_until, input.occupied_from, input.move_id ?? ""],
    )
    // on this transaction's connection: a second connection could wait forever for a pool slot
    // held by the buyers queued behind our lock
    const sessions: SessionRow[] = await em.execute(`${SESSIONS_ON} (?) AND s.starts_at < ? AND s.ends_at > ?`, [
      input.resource_id,
      input.occupied_until,
      input.occupied_from,
    ])
    const busy: Busy[] = [
      ...rows.filter((r) => !r.session_id).map((r) => ({ from: +r.occupied_from, until: +r.occupied_until })),
      ...sessions.map((s) => ({ from: +s.starts_at, until: +s.ends_at, seats: input.capacity })),
    ]
    const range = { start: +input.occupied_from, end: +input.occupied_until }
    if (seatsLeft(input.capacity, range, busy) < 1) throw new MedusaError(MedusaError.Types.CONFLICT, TAKEN)
  }

  private async freeSeat(em: EntityManager, input: Occupancy & { move_id?: string }) {
    const [session] = await em.execute(`SELECT capacity FROM booking_session WHERE id = ? AND deleted_at IS NULL FOR UPDATE`, [
      input.session_id,
    ])
    if (!session) throw new MedusaError(MedusaError.Types.NOT_FOUND, "This session no longer exists.")
    const rows: { seat_no: number }[] = await em.execute(
      `SELECT b.seat_no FROM booking b WHERE b.session_id = ? AND ${ACTIVE} AND b.id <> ?`,
      [input.session_id, input.move_id ?? ""],
    )
    const taken = new Set(rows.map((r) => r.seat_no))
    for (let seat = 1; seat <= session.capacity; seat++) {
      if (!taken.has(seat)) return { seat_no: seat, seat_capacity: session.capacity as number }
    }
    throw new MedusaError(MedusaError.Types.CONFLICT, "This session is full: pick another one.")
  }

  /** Turns a cart's holds into bookings of `order_id`; all or nothing. */
  @InjectTransactionManager()
  async confirmHolds(holdIds: string[], cartId: string, orderId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    if (!holdIds.length) return []
    const rows: { id: string }[] = await sharedContext.transactionManager!.execute(
      `UPDATE booking SET status = 'confirmed', order_id = ?, updated_at = now()
       WHERE id IN (${placeholders(holdIds)}) AND cart_id = ? AND status = 'held' AND deleted_at IS NULL RETURNING id`,
      [orderId, ...holdIds, cartId],
    )
    if (rows.length !== holdIds.length) {
      // NOT_ALLOWED, not CONFLICT: Medusa replaces a conflict's message with one about idempotency keys
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "A time slot in your cart was released before payment: pick the slot again.")
    }
    return rows.map((r) => r.id)
  }

  /** Compensation of confirmHolds: the bookings go back to being holds of the cart. */
  @InjectTransactionManager()
  async unconfirmHolds(holdIds: string[], orderId: string, @MedusaContext() sharedContext: Context<EntityManager> = {}) {
    if (!holdIds.length) return
    await sharedContext.transactionManager!.execute(
      `UPDATE booking SET status = 'held', order_id = NULL, updated_at = now()
       WHERE id IN (${placeholders(holdIds)}) AND order_id = ? AND status = 'confirmed'`,
      [...holdIds, orderId],
    )
  }
}

export default BookingModuleService
