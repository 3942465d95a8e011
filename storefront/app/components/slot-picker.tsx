import { useEffect } from "react"
import { Link, useFetcher, useNavigate, useSearchParams } from "react-router"
import { AddedToCart } from "~/components/added-to-cart"
import { monthWeeks, shiftMonth, wallTime } from "~/lib/booking-calendar"
import type { SlotPickerData } from "~/lib/bookings.server"
import { formatDate, formatMonth, WEEKDAYS } from "~/lib/format"
import { useLocale, useT } from "~/lib/use-t"

type Result = { ok: boolean; message?: string }

/**
 * Month → day → time. Months and days are links (`?month=`, `?day=`), the time is a radio in a
 * form posted to the product's action, so the picker works without JavaScript too (in the
 * studio's zone then); with it, the browser's time zone joins the URL once.
 */
export function SlotPicker({ picker, today }: { picker: SlotPickerData; today: string }) {
  const t = useT()
  const locale = useLocale()
  const fetcher = useFetcher<Result>()
  const [params] = useSearchParams()
  const navigate = useNavigate()
  const studioZone = picker.resource.timezone

  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone
    if (zone && !params.has("tz") && zone !== picker.tz) {
      const next = new URLSearchParams(params)
      next.set("tz", zone)
      navigate(`?${next}`, { replace: true, preventScrollReset: true })
    }
  }, [params, picker.tz, navigate])

  const href = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params)
    next.set("variant", picker.variantId)
    for (const [key, value] of Object.entries(changes))
      if (value === null) next.delete(key)
      else next.set(key, value)
    return `?${next}`
  }
  const canGoBack = picker.month > today.slice(0, 7)
  const weekdays = WEEKDAYS[locale]
  return (
    <section aria-labelledby="slot-heading" className="card mt-6 p-4" data-testid="slot-picker">
      <h2 id="slot-heading" className="text-lg font-semibold">
        {t("booking.pick")} · {picker.resource.name}
      </h2>
      <p className="mt-1 text-sm text-stone-600">
        {picker.tz === studioZone
          ? t("booking.sameZone", { zone: studioZone })
          : t("booking.zones", { zone: picker.tz, studio: studioZone })}
      </p>
      <nav aria-label={t("booking.months")} className="mt-3 flex items-center justify-between gap-2">
        {canGoBack ? (
          <Link to={href({ month: shiftMonth(picker.month, -1), day: null })} preventScrollReset className="btn-secondary px-3 py-1">
            <span aria-hidden="true">‹ </span>
            {t("booking.prevMonth")}
          </Link>
        ) : (
          <span />
        )}
        <Link to={href({ month: shiftMonth(picker.month, 1), day: null })} preventScrollReset className="btn-secondary px-3 py-1">
          {t("booking.nextMonth")}
          <span aria-hidden="true"> ›</span>
        </Link>
      </nav>
      <table className="mt-3 w-full table-fixed text-center text-sm">
        <caption className="mb-2 text-base font-semibold" aria-live="polite">
          {formatMonth(picker.month, locale)}
        </caption>
        <thead>
          <tr>
            {weekdays.short.map((day, i) => (
              <th key={day} scope="col" className="py-1 font-medium text-stone-600">
                <abbr title={weekdays.long[i]} className="no-underline">
                  {day}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {monthWeeks(picker.month).map((week, w) => (
            <tr key={w}>
              {week.map((day, d) => {
                const count = day ? picker.days[day] : undefined
                const selected = day === picker.day
                return (
                  <td key={day ?? `pad-${w}-${d}`} className="p-0.5">
                    {day && count ? (
                      <Link
                        to={href({ day })}
                        preventScrollReset
                        aria-label={t("booking.day", { date: formatDate(day, locale), count })}
                        aria-current={selected ? "date" : undefined}
                        className={`block rounded-md py-1.5 font-semibold ${selected ? "bg-brand-700 text-white" : "bg-brand-50 text-brand-900 hover:bg-brand-100"}`}
                      >
                        {Number(day.slice(8))}
                      </Link>
                    ) : day ? (
                      <span className="block py-1.5 text-stone-500">{Number(day.slice(8))}</span>
                    ) : null}
                  </td>
                )
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {picker.day ? (
        <fetcher.Form method="post" className="mt-4">
          <input type="hidden" name="intent" value="slot" />
          <input type="hidden" name="variant_id" value={picker.variantId} />
          <fieldset>
            <legend className="mb-2 text-sm font-semibold">{t("booking.timesOn", { date: formatDate(picker.day, locale) })}</legend>
            <div className="grid grid-cols-2 gap-2 sm:grid-cols-3">
              {picker.times.map((slot, i) => (
                <label
                  key={slot.start}
                  className="flex cursor-pointer items-start gap-2 rounded-md border border-stone-300 p-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
                >
                  <input type="radio" name="start" value={slot.start} required defaultChecked={i === 0} className="mt-1" />
                  <span>
                    <span className="font-semibold">
                      {wallTime(slot.local.start)}–{wallTime(slot.local.end)}
                    </span>
                    {picker.tz !== studioZone ? (
                      <span className="block text-xs text-stone-600">
                        {t("booking.studioTime", { time: wallTime(slot.resource_local.start) })}
                      </span>
                    ) : null}
                    {picker.resource.capacity > 1 || slot.session_id ? (
                      <span className="block text-xs text-stone-600">{t("booking.seatsLeft", { count: slot.seats_left })}</span>
                    ) : null}
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <button type="submit" className="btn-primary mt-4 px-6 py-3 text-base" disabled={fetcher.state !== "idle"}>
            {t("booking.add")}
          </button>
          <AddedToCart result={fetcher.data} className="mt-2" />
        </fetcher.Form>
      ) : (
        <p className="mt-4 text-sm text-stone-700">{t("booking.noSlots")}</p>
      )}
    </section>
  )
}
