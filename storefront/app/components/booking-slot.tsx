import { type LineBooking, wallClock } from "~/lib/booking-calendar"
import { formatSlot } from "~/lib/format"
import { useLocale, useT } from "~/lib/use-t"

/** The slot a line books (its metadata.booking), or null for a line that books none. */
export function bookingOf(metadata: Record<string, unknown> | null | undefined): LineBooking | null {
  const booking = metadata?.booking as Partial<LineBooking> | undefined
  return typeof booking?.start_local === "string" && typeof booking.timezone === "string" ? (booking as LineBooking) : null
}

/** The slot a cart or order line books, in the studio's zone (the line's metadata.booking); nothing for other lines. */
export function BookingSlot({
  metadata,
  held = false,
  cancelled = false,
}: {
  metadata: Record<string, unknown> | null | undefined
  held?: boolean
  /** the booking was cancelled since (the line keeps the slot it bought): marked so */
  cancelled?: boolean
}) {
  const t = useT()
  const locale = useLocale()
  const booking = bookingOf(metadata)
  if (!booking) return null
  return (
    <p className="text-sm text-stone-700" data-testid="booking-slot">
      <span className="font-semibold">{t("booking.slot")}:</span> {formatSlot(booking.start_local, locale)} ({booking.timezone}) ·{" "}
      {booking.resource_name}
      {cancelled ? (
        <span className="ml-2 rounded bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800" data-testid="booking-cancelled">
          {t("booking.cancelled")}
        </span>
      ) : null}
      {held && booking.held_until ? (
        <span className="block text-xs text-stone-600">
          {/* in the studio's zone, like the slot, and said so: a visitor elsewhere would read it as their own time */}
          {t("booking.held", { time: `${wallClock(booking.held_until, booking.timezone).slice(11)} (${booking.timezone})` })}
        </span>
      ) : null}
    </p>
  )
}
