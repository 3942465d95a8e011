import { useEffect } from "react"
import { Link, useNavigate, useSearchParams } from "react-router"
import { monthWeeks, shiftMonth, wallTime } from "~/lib/booking-calendar"
import type { SlotPickerData } from "~/lib/bookings.server"
import { formatDate, formatMonth, WEEKDAYS } from "~/lib/format"
import { useLocale, useT } from "~/lib/use-t"

/**
 * Month → day of a slot picker: months and days are links (`?month=`, `?day=`), so it works without
 * JavaScript (in the studio's zone then); with it, the browser's time zone joins the URL once.
 */
export function SlotMonth({ picker, today }: { picker: SlotPickerData; today: string }) {
  const t = useT()
  const locale = useLocale()
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
    <>
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
    </>
  )
}

/** The chosen day's free times as a radio group (arrow keys move between them), both zones when they differ. */
export function SlotTimes({ picker }: { picker: SlotPickerData & { day: string } }) {
  const t = useT()
  const locale = useLocale()
  const studioZone = picker.resource.timezone
  return (
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
  )
}
