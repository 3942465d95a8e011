import { Form, Link, useNavigation } from "react-router"
import { wallClock } from "~/lib/booking-calendar"
import type { OrderBooking } from "~/lib/bookings.server"
import { formatInZone, formatSlot } from "~/lib/format"
import { useLocale, useT } from "~/lib/use-t"

type Booking = Omit<OrderBooking, "token"> & { cancellable: boolean; reschedule: string }

/**
 * The purchase's bookings: the slot in the studio's zone, the .ics download, until when it can
 * change (or that it no longer can), and while the shop's window is open a link to move it to another time and a cancel button
 * (a plain form: both work without JavaScript).
 */
export function BookingList({ bookings, result }: { bookings: Booking[]; result?: { ok: boolean; message: string } }) {
  const t = useT()
  const locale = useLocale()
  const busy = useNavigation().state !== "idle"
  return (
    <section aria-labelledby="bookings" className="card mt-8 p-4">
      <h2 id="bookings" className="text-xl font-semibold">
        {t("booking.yours")}
      </h2>
      <p role="status" className={result ? `mt-2 text-sm ${result.ok ? "text-emerald-800" : "text-red-700"}` : "sr-only"}>
        {result?.message}
      </p>
      <ul className="mt-2 divide-y divide-stone-100">
        {bookings.map((booking) => (
          <li key={booking.id} className="py-3 text-sm" data-testid="booking">
            <p className="font-semibold">
              {formatSlot(wallClock(booking.starts_at, booking.resource.timezone), locale)}–
              {wallClock(booking.ends_at, booking.resource.timezone).slice(11)} ({booking.resource.timezone}) · {booking.resource.name}
              {booking.status === "cancelled" ? <span className="ml-2 text-red-700">{t("booking.cancelled")}</span> : null}
            </p>
            {booking.status === "confirmed" ? (
              <>
                <a href={booking.ics_url} download className="mt-1 inline-block font-semibold text-brand-700 underline">
                  {t("booking.ics")}
                </a>
                <p className="text-stone-600">
                  {booking.cancellable
                    ? t("booking.changeUntil", { date: formatInZone(booking.changeable_until, booking.resource.timezone, locale) })
                    : // booked inside the window, or it has closed since: no date in the past to act on
                      t("booking.cancelOutside")}
                </p>
              </>
            ) : null}
            {booking.cancellable ? (
              <div className="mt-2 flex flex-wrap gap-2">
                <Link to={booking.reschedule} className="btn-secondary py-1">
                  {t("booking.reschedule")}
                </Link>
                <Form method="post">
                  <input type="hidden" name="booking_id" value={booking.id} />
                  <button type="submit" className="btn-secondary py-1" disabled={busy}>
                    {t("booking.cancel")}
                  </button>
                </Form>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
