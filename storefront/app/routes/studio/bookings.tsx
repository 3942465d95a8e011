import { Form, Link } from "react-router"
import type { Route } from "./+types/bookings"
import { Notice } from "~/components/studio/fields"
import { HOME_ZONE } from "~/lib/bookings.server"
import { isDay, shiftDay, shiftWeek, wallClock, wallTime, weekDays, weekdayIndex, weekOf } from "~/lib/booking-calendar"
import { formatDate, WEEKDAYS } from "~/lib/format"
import { translate } from "~/lib/i18n.server"
import type { Locale } from "~/lib/i18n"
import { asMember, requireStudio } from "~/lib/studio/auth.server"
import type { BookableResource, StudioBooking } from "~/lib/studio/types"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

type Entry = StudioBooking & { resource: BookableResource; start: string; end: string }

/**
 * The shop's bookings and live holds for one week (`?week=` any day of it) or one day (`?day=`), by
 * day in each studio's own zone; `?resource=` shows one resource's only.
 */
export async function loader({ request, params }: Route.LoaderArgs) {
  const studio = await requireStudio(request, params.locale)
  const today = wallClock(new Date().toISOString(), HOME_ZONE).slice(0, 10)
  const url = new URL(request.url)
  const asked = url.searchParams.get("day")
  const day = asked && isDay(asked) ? asked : null
  const week = weekOf(day ?? url.searchParams.get("week"), today)
  const days = day ? [day] : weekDays(week)
  // a day either side: a studio's zone may put a booking on another UTC day than its own
  const first = Date.parse(`${days[0]}T00:00:00.000Z`)
  const range = {
    from: new Date(first - 86_400_000).toISOString(),
    to: new Date(first + (days.length + 1) * 86_400_000).toISOString(),
  }
  const { resources } = await asMember<{ resources: BookableResource[] }>(studio, "/creator/resources")
  const selected = resources.find((r) => r.id === url.searchParams.get("resource"))?.id ?? ""
  const { bookings } = await asMember<{ bookings: StudioBooking[] }>(studio, "/creator/bookings", {
    query: { ...range, resource_id: selected || undefined },
  })
  const byId = new Map(resources.map((r) => [r.id, r]))
  const byDay = new Map<string, Entry[]>(days.map((d) => [d, []]))
  for (const booking of bookings) {
    const resource = byId.get(booking.resource_id) ?? { id: booking.resource_id, name: "—", timezone: HOME_ZONE }
    const start = wallClock(booking.starts_at, resource.timezone)
    byDay.get(start.slice(0, 10))?.push({ ...booking, resource, start, end: wallClock(booking.ends_at, resource.timezone) })
  }
  return {
    week,
    day,
    thisWeek: weekOf(null, today),
    selected,
    resources: resources.map((r) => ({ id: r.id, name: r.name })),
    days: days.map((date) => ({ day: date, entries: byDay.get(date)! })),
    title: translate(params.locale as Locale, "studio.bookings.title"),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export default function StudioBookings({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { week, day, thisWeek, days, selected, resources } = loaderData
  const here = `/${locale}/studio/bookings`
  const only = selected ? `resource=${selected}` : ""
  const href = (param: string) => `${here}?${[param, only].filter(Boolean).join("&")}`
  const weekHref = (monday: string | null) => href(monday ? `week=${monday}` : "")
  const empty = days.every((d) => d.entries.length === 0)
  return (
    <main id="main" aria-labelledby="bookings-title" className="mt-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div>
          <h1 id="bookings-title" className="text-2xl font-bold">
            {t("studio.bookings.title")}
          </h1>
          <p className="text-sm text-stone-700">
            {day
              ? `${WEEKDAYS[locale].long[weekdayIndex(day)]}, ${formatDate(day, locale)}`
              : t("studio.bookings.week", { date: formatDate(week, locale) })}
          </p>
        </div>
        {day ? (
          <nav aria-label={t("studio.bookings.title")} className="flex flex-wrap gap-2 text-sm">
            <Link to={href(`day=${shiftDay(day, -1)}`)} className="btn-secondary py-1">
              {t("studio.bookings.prevDay")}
            </Link>
            <Link to={weekHref(week)} className="btn-secondary py-1">
              {t("studio.bookings.wholeWeek")}
            </Link>
            <Link to={href(`day=${shiftDay(day, 1)}`)} className="btn-secondary py-1">
              {t("studio.bookings.nextDay")}
            </Link>
          </nav>
        ) : (
          <nav aria-label={t("studio.bookings.title")} className="flex gap-2 text-sm">
            <Link to={weekHref(shiftWeek(week, -1))} className="btn-secondary py-1">
              {t("studio.bookings.prevWeek")}
            </Link>
            {week !== thisWeek ? (
              <Link to={weekHref(null)} className="btn-secondary py-1">
                {t("studio.bookings.thisWeek")}
              </Link>
            ) : null}
            <Link to={weekHref(shiftWeek(week, 1))} className="btn-secondary py-1">
              {t("studio.bookings.nextWeek")}
            </Link>
          </nav>
        )}
      </div>
      <Form method="get" className="mt-3 flex flex-wrap items-end gap-2">
        <input type="hidden" name={day ? "day" : "week"} value={day ?? week} />
        <div>
          <label htmlFor="bookings-resource" className="label">
            {t("studio.bookings.filter")}
          </label>
          <select id="bookings-resource" name="resource" defaultValue={selected} className="input w-auto">
            <option value="">{t("studio.bookings.allResources")}</option>
            {resources.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary">
          {t("studio.bookings.show")}
        </button>
      </Form>
      <p className="mt-2 text-sm text-stone-600">{t("studio.bookings.zone")}</p>
      {empty ? (
        <div className="mt-4">
          <Notice>{t(day ? "studio.bookings.noneDay" : "studio.bookings.none")}</Notice>
        </div>
      ) : null}
      <ol className={`mt-4 grid gap-3 ${day ? "" : "md:grid-cols-2 xl:grid-cols-3"}`}>
        {days.map(({ day: date, entries }) => (
          <li key={date} className="card p-3" data-testid="booking-day">
            <h2 className="font-semibold">
              {day ? (
                `${WEEKDAYS[locale].long[weekdayIndex(date)]}, ${formatDate(date, locale)}`
              ) : (
                <Link to={href(`day=${date}`)} className="hover:underline">
                  {WEEKDAYS[locale].long[weekdayIndex(date)]}, {formatDate(date, locale)}
                </Link>
              )}
            </h2>
            {entries.length ? (
              <ul className="mt-2 divide-y divide-stone-100 text-sm">
                {entries.map((entry) => (
                  <li key={entry.id} className="py-2" data-testid="studio-booking">
                    <p className="font-medium">
                      {wallTime(entry.start)}–{wallTime(entry.end)} · {entry.resource.name}
                    </p>
                    <p className={entry.status === "held" ? "text-stone-600" : "text-emerald-800"}>
                      {t(entry.status === "held" ? "studio.bookings.held" : "studio.bookings.confirmed")}
                      {entry.seat_no && entry.seat_capacity
                        ? ` · ${t("studio.bookings.seat", { seat: entry.seat_no, capacity: entry.seat_capacity })}`
                        : ""}
                    </p>
                    {entry.product_title ? <p>{entry.product_title}</p> : null}
                    {entry.order ? (
                      <p className="text-stone-700">
                        <Link to={`/${locale}/studio/orders/${entry.order.id}`} className="text-brand-700 underline">
                          {t("studio.orders.number", { number: entry.order.display_id })}
                        </Link>
                        {entry.order.email ? <span className="break-all"> · {entry.order.email}</span> : null}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            ) : (
              <p className="mt-2 text-sm text-stone-600">{t("studio.bookings.free")}</p>
            )}
          </li>
        ))}
      </ol>
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
