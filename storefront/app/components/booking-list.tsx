import { wallClock } from "~/lib/booking-calendar"
import type { OrderBooking } from "~/lib/bookings.server"
import { formatSlot } from "~/lib/format"
import { useLocale, useT } from "~/lib/use-t"

/** The purchase's bookings: the slot in the studio's zone, the .ics download and until when it can change. */
export function BookingList({ bookings }: { bookings: OrderBooking[] }) {
  const t = useT()
  const locale = useLocale()
  return (
    <section aria-labelledby="bookings" className="card mt-8 p-4">
      <h2 id="bookings" className="text-xl font-semibold">
        {t("booking.yours")}
      </h2>
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
                  {t("booking.changeUntil", { date: formatSlot(wallClock(booking.changeable_until, booking.resource.timezone), locale) })}
                </p>
              </>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  )
}
