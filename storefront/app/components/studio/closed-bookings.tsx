import { Link } from "react-router"
import { Notice } from "~/components/studio/fields"
import { formatDate, formatSlot } from "~/lib/format"
import type { ClosedBooking } from "~/lib/studio/resources.server"
import { useLocale, useT } from "~/lib/use-t"

/**
 * What stays booked in the time a member just closed (the API's `bookings_on_day`): closing stops
 * new sales only, so the member is told which bookings to cancel or move with their buyers, each at
 * its local time in the resource's zone, with the day's calendar a click away.
 */
export function ClosedBookings({ resourceId, closed }: { resourceId: string; closed?: { date: string; bookings: ClosedBooking[] } }) {
  const t = useT()
  const locale = useLocale()
  if (!closed?.bookings.length) return null
  return (
    <Notice tone="warn">
      <p className="font-semibold">
        {t("studio.resources.closedWithBookings", { count: closed.bookings.length, date: formatDate(closed.date, locale) })}
      </p>
      <ul className="mt-2 list-disc space-y-1 pl-5" data-testid="closed-bookings">
        {closed.bookings.map((booking) => (
          <li key={booking.id}>
            {formatSlot(booking.start_local, locale)} ·{" "}
            {t(booking.status === "held" ? "studio.bookings.held" : "studio.bookings.confirmed")}
          </li>
        ))}
      </ul>
      <Link
        to={`/${locale}/studio/bookings?resource=${resourceId}&day=${closed.date}`}
        className="mt-2 inline-block font-semibold underline"
      >
        {t("studio.resources.closedSeeDay")}
      </Link>
    </Notice>
  )
}
