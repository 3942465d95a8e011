import { type Slot, slotsByDay, monthOf, monthRange, type VariantAvailability } from "./booking-calendar"
import { ensureCart } from "./cart.server"
import { BackendError, store } from "./medusa.server"
import { receiptOf } from "./orders.server"
import type { Shop } from "./shop.server"

export type OrderBooking = {
  id: string
  status: "confirmed" | "cancelled"
  product_id: string
  variant_id: string
  starts_at: string
  ends_at: string
  resource: { name: string; timezone: string }
  changeable_until: string
  ics_url: string
  token: string
}

/** A purchase as the confirmation has it: its id (the order group's, or the order's) and its orders. */
export type Purchase = { id: string; orders: { id: string }[] }

/** The marketplace's home zone: the visitor's until their browser says otherwise (or without JavaScript). */
export const HOME_ZONE = "Asia/Baku"

function isZone(zone: string | null): zone is string {
  if (!zone) return false
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone })
    return true
  } catch {
    return false
  }
}

/**
 * The slot picker of a bookable product for the month (`?month=`), day (`?day=`) and visitor zone
 * (`?tz=`) of the URL; null when the product is not booked by time. Never cached: slots go fast.
 */
export async function slotPicker(productId: string, variantId: string | null, url: URL, now = new Date()) {
  const tz = isZone(url.searchParams.get("tz")) ? url.searchParams.get("tz")! : HOME_ZONE
  const month = monthOf(url.searchParams.get("month"), now.toISOString().slice(0, 10))
  const { variants } = await store<{ variants: VariantAvailability[] }>(`/store/products/${productId}/availability`, {
    query: { ...monthRange(month), tz },
  })
  if (!variants.length) return null
  const entry = variants.find((v) => v.variant_id === variantId) ?? variants[0]!
  const days = slotsByDay(entry.slots)
  const asked = url.searchParams.get("day")
  const day = asked && days.has(asked) ? asked : ([...days.keys()][0] ?? null)
  return {
    month,
    tz,
    variantId: entry.variant_id,
    resource: entry.resource,
    days: Object.fromEntries([...days].map(([d, slots]) => [d, slots.length])),
    day,
    times: day ? (days.get(day) as Slot[]) : [],
  }
}
export type SlotPickerData = NonNullable<Awaited<ReturnType<typeof slotPicker>>>

/** Holds the slot in the visitor's cart (the backend adds the line); a lost race is `taken`. */
export async function holdSlot(
  shop: Shop,
  variantId: string,
  start: string,
): Promise<{ ok: true } | { ok: false; taken: boolean; message: string }> {
  const hold = (cartId: string) =>
    store(`/store/carts/${cartId}/booking-slots`, { method: "POST", body: { variant_id: variantId, start }, token: shop.token })
  try {
    await hold(await ensureCart(shop)).catch(async (error) => {
      // the cart was completed or removed meanwhile: a new one, once
      if (!(error instanceof BackendError && error.status === 404)) throw error
      shop.session.unset("cart_id")
      await hold(await ensureCart(shop))
    })
    return { ok: true }
  } catch (error) {
    if (error instanceof BackendError && error.status < 500) return { ok: false, taken: error.status === 409, message: error.message }
    throw error
  }
}

/**
 * The bookings of the orders of a purchase, for their buyer (the backend answers no one else): the
 * signed-in customer, or this browser with the purchase's receipt, as for the purchase itself.
 */
export async function orderBookings(shop: Shop, purchase: Purchase): Promise<OrderBooking[]> {
  const receipt = receiptOf(shop, purchase.id)
  const lists = await Promise.all(
    purchase.orders.map(({ id }) =>
      store<{ bookings: OrderBooking[] }>(`/store/orders/${encodeURIComponent(id)}/bookings`, {
        token: shop.token,
        ...(receipt ? { query: { receipt } } : {}),
      })
        .then((r) => r.bookings)
        .catch((error) => {
          if (error instanceof BackendError && error.status === 404) return []
          throw error
        }),
    ),
  )
  return lists.flat()
}

/** A booking of the purchase the buyer may still change (confirmed, inside the shop's window). */
export const isChangeable = (booking: Pick<OrderBooking, "status" | "changeable_until">, now = Date.now()) =>
  booking.status === "confirmed" && Date.parse(booking.changeable_until) > now

/** Where a booked order line stands for its buyer: still changeable, confirmed (the window closed), or cancelled. */
export type BookedLineState = "changeable" | "confirmed" | "cancelled"

type PlacedPurchase = {
  id: string
  orders: { id: string; status: string; items?: { id: string; metadata?: Record<string, unknown> | null }[] }[]
}

/**
 * The live state of each booked line of the buyer's purchases, by line id: a line's
 * `metadata.booking` is the slot it bought and stays so after a cancellation, so the state is the
 * booking's own (`metadata.booking.hold_id` is its id), read from the bookings of the orders that
 * booked something. When the backend does not say, a cancelled order's booking is cancelled
 * (docs/decisions/055) and any other is shown as confirmed, with nothing offered to change.
 */
export async function bookedLineStates(
  shop: Shop,
  purchases: PlacedPurchase[],
  now = Date.now(),
): Promise<Record<string, BookedLineState>> {
  const holdOf = (metadata: Record<string, unknown> | null | undefined) => (metadata?.booking as { hold_id?: unknown } | undefined)?.hold_id
  const states: Record<string, BookedLineState> = {}
  await Promise.all(
    purchases.map(async (purchase) => {
      const booked = purchase.orders.filter((order) => (order.items ?? []).some((item) => holdOf(item.metadata)))
      if (!booked.length) return
      // the account page stays up when the bookings cannot be read: its lines fall back to their order
      const bookings = await orderBookings(shop, { id: purchase.id, orders: booked }).catch(() => [])
      for (const order of booked)
        for (const item of order.items ?? []) {
          const hold = holdOf(item.metadata)
          if (!hold) continue
          const booking = bookings.find((b) => b.id === hold)
          states[item.id] = booking
            ? isChangeable(booking, now)
              ? "changeable"
              : booking.status
            : order.status === "canceled"
              ? "cancelled"
              : "confirmed"
        }
    }),
  )
  return states
}

export type RescheduleOutcome = "ok" | "outside" | "taken" | "missing"

/**
 * Moves one of the orders' bookings to `start` with its change token (read here, never from the
 * form): `taken` when that time is not free or not bookable (409, or 400 naming `start`), `outside`
 * when the shop's window has closed, `missing` when it is not one of these orders' bookings.
 */
export async function rescheduleOrderBooking(shop: Shop, purchase: Purchase, bookingId: string, start: string): Promise<RescheduleOutcome> {
  const booking = (await orderBookings(shop, purchase)).find((b) => b.id === bookingId)
  if (!booking) return "missing"
  if (!isChangeable(booking)) return "outside"
  try {
    await store(`/store/bookings/${encodeURIComponent(booking.id)}/reschedule`, { method: "POST", body: { token: booking.token, start } })
    return "ok"
  } catch (error) {
    if (!(error instanceof BackendError) || error.status >= 500) throw error
    if (error.status === 404) return "missing"
    return error.status === 409 || error.message.startsWith("start:") ? "taken" : "outside"
  }
}

/**
 * Cancels one of the orders' bookings with its change token (read again here, never taken from the
 * form). `outside` when the shop's window has closed or it is no longer confirmed, `missing` when
 * it is not one of these orders' bookings.
 */
export async function cancelOrderBooking(shop: Shop, purchase: Purchase, bookingId: string): Promise<"ok" | "outside" | "missing"> {
  const booking = (await orderBookings(shop, purchase)).find((b) => b.id === bookingId)
  if (!booking) return "missing"
  try {
    await store(`/store/bookings/${encodeURIComponent(booking.id)}/cancel`, { method: "POST", body: { token: booking.token } })
    return "ok"
  } catch (error) {
    if (error instanceof BackendError && error.status < 500) return "outside"
    throw error
  }
}
