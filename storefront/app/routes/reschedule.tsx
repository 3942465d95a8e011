import { data, Form, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/reschedule"
import { SlotMonth, SlotTimes } from "~/components/slot-calendar"
import { wallClock } from "~/lib/booking-calendar"
import { isChangeable, orderBookings, rescheduleOrderBooking, slotPicker } from "~/lib/bookings.server"
import { notFound } from "~/lib/catalogue.server"
import { formatInZone, formatSlot } from "~/lib/format"
import { translate } from "~/lib/i18n.server"
import type { Locale } from "~/lib/i18n"
import { ownPurchase } from "~/lib/orders.server"
import { shopContext, type Shop } from "~/lib/shop.server"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

/** The buyer's booking of this purchase (404 for anything else); the change token stays on the server. */
async function purchaseBooking(shop: Shop, params: Route.LoaderArgs["params"], request: Request) {
  const purchase = await ownPurchase(shop, params.id, request)
  const booking = (await orderBookings(shop, purchase)).find((b) => b.id === params.booking) ?? notFound()
  return { purchase, booking }
}

const orderPage = (params: Route.LoaderArgs["params"], request: Request, extra = "") => {
  const group = new URL(request.url).searchParams.get("group") === "1"
  const query = [group ? "group=1" : "", extra].filter(Boolean).join("&")
  return `/${params.locale}/orders/${params.id}${query ? `?${query}` : ""}`
}

const deadline = (booking: { changeable_until: string; resource: { timezone: string } }, locale: Locale) =>
  formatInZone(booking.changeable_until, booking.resource.timezone, locale)

/**
 * Moving a booking to another free time of the same offering: the product's month → day → time
 * picker, posted here (a plain form, so it works without JavaScript). Outside the shop's window the
 * page says until when changes were allowed instead.
 */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const shop = context.get(shopContext)
  const { booking } = await purchaseBooking(shop, params, request)
  const open = isChangeable(booking)
  const { token: _, ...shown } = booking
  return {
    title: translate(shop.locale, "booking.rescheduleTitle"),
    booking: shown,
    back: orderPage(params, request),
    closed: open ? null : translate(shop.locale, "booking.rescheduleOutside", { date: deadline(booking, shop.locale) }),
    picker: open ? await slotPicker(booking.product_id, booking.variant_id, new URL(request.url)) : null,
    today: new Date().toISOString().slice(0, 10),
  }
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const shop = context.get(shopContext)
  const { purchase, booking } = await purchaseBooking(shop, params, request)
  const start = String((await request.formData()).get("start") ?? "")
  if (Number.isNaN(Date.parse(start))) return data({ message: translate(shop.locale, "booking.rescheduleTaken") }, { status: 400 })
  const outcome = await rescheduleOrderBooking(shop, purchase, booking.id, start)
  if (outcome === "ok") throw redirect(orderPage(params, request, `rescheduled=${booking.id}`))
  if (outcome === "missing") notFound()
  const message =
    outcome === "taken"
      ? translate(shop.locale, "booking.rescheduleTaken")
      : translate(shop.locale, "booking.rescheduleOutside", { date: deadline(booking, shop.locale) })
  return data({ message }, { status: 409 })
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export default function Reschedule({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const busy = useNavigation().state !== "idle"
  const { booking, picker, closed } = loaderData
  const zone = booking.resource.timezone
  const now = `${formatSlot(wallClock(booking.starts_at, zone), locale)}–${wallClock(booking.ends_at, zone).slice(11)} (${zone}) · ${booking.resource.name}`
  const day = picker?.day
  return (
    <main id="main" className="container-page max-w-3xl py-10">
      <Link to={loaderData.back} className="text-sm text-brand-700 hover:underline">
        ← {t("booking.rescheduleBack")}
      </Link>
      <h1 className="mt-2 text-3xl font-bold tracking-tight">{t("booking.rescheduleTitle")}</h1>
      <p className="mt-2 text-stone-700" data-testid="booking-now">
        {t("booking.rescheduleNow", { slot: now })}
      </p>
      <p
        role="status"
        className={actionData || closed ? "mt-4 rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800" : "sr-only"}
      >
        {actionData?.message ?? closed}
      </p>
      {picker ? (
        <section aria-labelledby="slot-heading" className="card mt-6 p-4" data-testid="slot-picker">
          <h2 id="slot-heading" className="text-lg font-semibold">
            {t("booking.pick")} · {picker.resource.name}
          </h2>
          <SlotMonth picker={picker} today={loaderData.today} />
          {day ? (
            <Form method="post" className="mt-4">
              <SlotTimes picker={{ ...picker, day }} />
              <button type="submit" className="btn-primary mt-4 px-6 py-3 text-base" disabled={busy}>
                {t("booking.rescheduleDo")}
              </button>
            </Form>
          ) : (
            <p className="mt-4 text-sm text-stone-700">{t("booking.noSlots")}</p>
          )}
        </section>
      ) : null}
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
