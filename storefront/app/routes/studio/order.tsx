import { data, Link, redirect, useSearchParams } from "react-router"
import type { Route } from "./+types/order"
import { Notice } from "~/components/studio/fields"
import { BookingSlot } from "~/components/booking-slot"
import { AddressLines, Earnings, OrderBadges } from "~/components/studio/order-bits"
import { ConfirmServiceSection, DeliveriesSection, ShipSection } from "~/components/studio/order-sections"
import { formatDate, formatMoney } from "~/lib/format"
import type { MessageKey } from "~/lib/i18n"
import { CreatorApiError } from "~/lib/studio/api.server"
import { asMember, requireStudio } from "~/lib/studio/auth.server"
import { formValues } from "~/lib/studio/forms"
import { backendErrors } from "~/lib/studio/backend-errors"
import { needsShipping, parseConfirmService, parseShip } from "~/lib/studio/orders"
import { itemKinds, orderBookingStates, ownOrder } from "~/lib/studio/orders.server"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

export async function loader({ request, params }: Route.LoaderArgs) {
  const studio = await requireStudio(request, params.locale)
  const order = await ownOrder(studio, params.id)
  const [kinds, bookings] = await Promise.all([itemKinds(studio, order), orderBookingStates(studio, order)])
  return { order, kinds, bookings }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(`#${loaderData?.order.display_id ?? ""}`)

const REFUSALS: [RegExp, MessageKey][] = [
  [/booking is its confirmation/i, "studio.orders.error.booked"],
  [/cancelled and refunded/i, "studio.orders.error.refunded"],
  [/nothing left to ship/i, "studio.orders.error.nothingToShip"],
  [/cancel/i, "studio.orders.error.canceled"],
]

export async function action({ request, params }: Route.ActionArgs) {
  const studio = await requireStudio(request, params.locale)
  const order = await ownOrder(studio, params.id)
  const values = formValues(await request.formData())
  const intent = values.intent === "confirm" ? "confirm" : "ship"
  const parsed = intent === "ship" ? parseShip(values) : parseConfirmService(values)
  if (!parsed.ok) return data({ intent, values, errors: parsed.errors }, { status: 400 })
  const path = intent === "ship" ? "fulfillments" : "service-confirmations"
  try {
    await asMember(studio, `/creator/orders/${order.id}/${path}`, { method: "POST", body: parsed.body })
  } catch (error) {
    if (!(error instanceof CreatorApiError) || error.status >= 500) throw error
    const known = REFUSALS.find(([pattern]) => pattern.test(error.message))?.[1]
    const fields = intent === "ship" ? ["carrier", "tracking_number"] : ["service_date", "note", "line_item_id"]
    return data({ intent, values, errors: known ? { form: known } : backendErrors(error.message, fields) }, { status: 400 })
  }
  return redirect(`/${params.locale}/studio/orders/${order.id}?done=${intent === "ship" ? "shipped" : "confirmed"}`)
}

/** The booking a line paid for (`metadata.booking.hold_id`, written when its slot was held), if it booked one. */
const bookingId = (metadata: Record<string, unknown> | null | undefined) => {
  const id = (metadata?.booking as { hold_id?: unknown } | undefined)?.hold_id
  return typeof id === "string" ? id : undefined
}

export default function StudioOrder({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const [params] = useSearchParams()
  const { order, kinds, bookings } = loaderData
  const done = params.get("done")
  const state = (intent: string) =>
    actionData?.intent === intent ? { values: actionData.values, errors: actionData.errors as Record<string, string> } : undefined
  // a booked line's booking is its confirmation (the API refuses a date for it): only the others are offered
  const services = (order.items ?? []).filter((item) => kinds[item.id] === "service" && !bookingId(item.metadata))
  return (
    <main id="main" className="mt-6 max-w-4xl space-y-5">
      <p>
        <Link to={`/${locale}/studio/orders`} className="text-sm text-brand-700 underline">
          ← {t("studio.orders.back")}
        </Link>
      </p>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("studio.orders.number", { number: order.display_id })}</h1>
        <OrderBadges order={order} />
      </div>
      {order.order_group ? (
        <p className="text-sm text-stone-600">{t("studio.orders.buyerNumber", { number: order.order_group.display_id })}</p>
      ) : null}
      {done === "shipped" || done === "confirmed" ? (
        <div role="status">
          <Notice tone="ok">{t(done === "shipped" ? "studio.orders.shipped" : "studio.orders.confirmed")}</Notice>
        </div>
      ) : null}
      <div className="grid gap-5 md:grid-cols-3">
        <section aria-labelledby="items-heading" className="card p-5 md:col-span-2">
          <h2 id="items-heading" className="text-lg font-semibold">
            {t("studio.orders.items")}
          </h2>
          <ul className="mt-2 divide-y divide-stone-100">
            {(order.items ?? []).map((item) => (
              <li key={item.id} className="flex flex-wrap items-start justify-between gap-2 py-2 text-sm">
                <div>
                  <p className="font-medium">
                    {item.title}
                    {item.variant_title && item.variant_title !== "Default" ? ` · ${item.variant_title}` : ""}
                  </p>
                  <p className="text-stone-700">
                    {kinds[item.id] ? `${t(`studio.orders.kind.${kinds[item.id]!}`)} · ` : ""}
                    {t("studio.orders.quantity", { quantity: item.quantity })}
                  </p>
                  <BookingSlot metadata={item.metadata} />
                  {bookings[bookingId(item.metadata) ?? ""] ? (
                    <p
                      className={bookings[bookingId(item.metadata)!] === "cancelled" ? "text-red-800" : "text-emerald-800"}
                      data-testid="booking-state"
                    >
                      {t(`studio.orders.booking.${bookings[bookingId(item.metadata)!]!}`)}
                    </p>
                  ) : null}
                  {typeof item.metadata?.requested_date === "string" ? (
                    <p className="text-stone-700">
                      {t("studio.orders.requestedDate", { date: formatDate(item.metadata.requested_date, locale) })}
                    </p>
                  ) : null}
                </div>
                <span>{formatMoney(Number(item.unit_price) * Number(item.quantity), order.currency_code, locale)}</span>
              </li>
            ))}
          </ul>
          {order.shipping_total ? (
            <p className="flex justify-between py-2 text-sm">
              <span>{t("studio.orders.deliveryFee")}</span>
              <span>{formatMoney(order.shipping_total, order.currency_code, locale)}</span>
            </p>
          ) : null}
          <p className="mt-3 flex justify-between border-t border-stone-200 pt-3 font-semibold">
            <span>{t("studio.orders.total")}</span>
            <span>{formatMoney(order.total, order.currency_code, locale)}</span>
          </p>
          {order.earnings ? <Earnings earnings={order.earnings} currency={order.currency_code} /> : null}
        </section>
        <section aria-labelledby="buyer-heading" className="card space-y-2 p-5 text-sm">
          <h2 id="buyer-heading" className="text-lg font-semibold">
            {t("studio.orders.buyer")}
          </h2>
          {order.email ? <p className="break-all">{order.email}</p> : null}
          {order.shipping_address && (order.items ?? []).some((item) => item.requires_shipping) ? (
            <>
              <h3 className="pt-2 font-semibold">{t("studio.orders.shipTo")}</h3>
              <AddressLines address={order.shipping_address} />
              {order.shipping_methods?.[0] ? <p>{t("studio.orders.delivery", { name: order.shipping_methods[0].name })}</p> : null}
            </>
          ) : null}
        </section>
      </div>
      <ShipSection order={order} open={needsShipping(order)} state={state("ship")} />
      {services.length ? <ConfirmServiceSection order={order} services={services} state={state("confirm")} /> : null}
      {Object.values(kinds).includes("digital") || order.downloads?.length ? <DeliveriesSection order={order} /> : null}
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
