import { data, Link } from "react-router"
import type { Route } from "./+types/confirmation"
import { BookingList } from "~/components/booking-list"
import { BookingSlot } from "~/components/booking-slot"
import { DownloadList } from "~/components/download-list"
import { OrderProgress } from "~/components/order-progress"
import { cancelOrderBooking, isChangeable, orderBookings } from "~/lib/bookings.server"
import { notFound } from "~/lib/catalogue.server"
import { formatMoney } from "~/lib/format"
import type { Order } from "~/lib/types"
import { translate } from "~/lib/i18n.server"
import type { MessageKey } from "~/lib/i18n"
import { downloads, ownPurchase } from "~/lib/orders.server"
import { shopContext } from "~/lib/shop.server"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const shop = context.get(shopContext)
  const group = await ownPurchase(shop, params.id, request)
  const url = new URL(request.url)
  const orderIds = new Set([group.id, ...group.orders.map((o) => o.id)])
  const files = (await downloads(shop).catch(() => [])).filter((d) => orderIds.has(d.order_id))
  // a service line the creator has not confirmed a date for yet: they will get in touch
  const hasService = group.orders.some((o) =>
    (o.items ?? []).some(
      (i) => i.product?.listing?.kind === "service" && !(o.service_confirmations ?? []).some((c) => c.line_item_id === i.id),
    ),
  )
  return {
    title: translate(shop.locale, "confirm.title"),
    // lines that booked a slot carry it in their metadata (an order group does not say a line's kind)
    bookings: group.orders.some((o) => (o.items ?? []).some((i) => i.metadata?.booking))
      ? (await orderBookings(shop, group)).map(({ token: _, ...booking }) => ({
          ...booking,
          cancellable: isChangeable(booking),
          reschedule: `/${shop.locale}/orders/${params.id}/bookings/${booking.id}/reschedule${url.searchParams.get("group") === "1" ? "?group=1" : ""}`,
        }))
      : [],
    // back from a reschedule (a redirect): the booking list says it moved
    moved: url.searchParams.has("rescheduled") ? { ok: true, message: translate(shop.locale, "booking.rescheduleDone") } : undefined,
    group,
    downloads: files,
    signedIn: Boolean(shop.token),
    hasDigital: group.orders.some((o) => (o.items ?? []).some((i) => i.product?.listing?.kind === "digital")),
    hasService,
  }
}

/** The buyer cancels one of the purchase's bookings inside the shop's window. */
export async function action({ params, request, context }: Route.ActionArgs) {
  const shop = context.get(shopContext)
  const group = await ownPurchase(shop, params.id, request)
  const form = await request.formData()
  const bookingId = String(form.get("booking_id") ?? "")
  const outcome = /^bkg_\w+$/.test(bookingId) ? await cancelOrderBooking(shop, group, bookingId) : "missing"
  if (outcome === "missing") notFound()
  const message: MessageKey = outcome === "ok" ? "booking.cancelDone" : "booking.cancelOutside"
  return data({ ok: outcome === "ok", message: translate(shop.locale, message) }, { status: outcome === "ok" ? 200 : 409 })
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export default function Confirmation({ loaderData, actionData }: Route.ComponentProps) {
  const { group } = loaderData
  const t = useT()
  const locale = useLocale()
  const money = (amount: number) => formatMoney(amount, group.currency_code, locale)
  return (
    <main id="main" className="container-page max-w-3xl py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t("confirm.title")}</h1>
      <p className="mt-2 text-lg" data-testid="order-number">
        {t("confirm.number", { number: `#${group.display_id}` })}
      </p>
      <p className="text-stone-700">{t("confirm.sentTo", { email: group.email })}</p>
      <section aria-labelledby="parts" className="mt-8 space-y-4">
        <h2 id="parts" className="text-xl font-semibold">
          {t("confirm.parts")}
        </h2>
        {group.orders.map((order, index) => (
          <div key={`${order.id}-${index}`} className="card p-4">
            <p className="text-sm font-semibold">
              {order.creator ? (
                <Link to={`/${locale}/creators/${order.creator.handle}`} className="hover:underline">
                  {t("cart.soldBy", { name: order.creator.name })}
                </Link>
              ) : (
                t("brand.name")
              )}
              {order.status === "canceled" ? (
                <span className="ml-2 rounded bg-red-50 px-2 py-0.5 text-xs font-medium text-red-800" data-testid="cancel-state">
                  {t("order.cancelled")}
                </span>
              ) : null}
            </p>
            <ul className="mt-2 space-y-1 text-sm">
              {(order.items ?? []).map((item) => (
                <li key={item.id} className="flex justify-between gap-2">
                  <span>
                    {item.quantity} × {item.title}
                    <BookingSlot metadata={item.metadata} />
                    {order.refunded_lines?.[item.id]?.quantity ? (
                      <span className="ml-2 text-stone-600">
                        ({t("order.lineRefunded", { count: order.refunded_lines[item.id].quantity })})
                      </span>
                    ) : null}
                  </span>
                  <span>{money(item.total)}</span>
                </li>
              ))}
              {deliveryOf(order) > 0 ? (
                <li className="flex justify-between gap-2 text-stone-700">
                  <span>{t("cart.shipping")}</span>
                  <span>{money(deliveryOf(order))}</span>
                </li>
              ) : null}
            </ul>
            {order.refunded_total ? (
              <p className="mt-2 text-sm font-medium text-stone-800" data-testid="order-refunded">
                {t("order.refunded", { amount: money(order.refunded_total) })}
              </p>
            ) : null}
            <OrderProgress order={order} />
          </div>
        ))}
        <p className="flex justify-between border-t border-stone-200 pt-3 text-lg font-semibold">
          <span>{t("cart.total")}</span>
          <span>{money(group.total)}</span>
        </p>
        {group.refunded_total ? (
          <p className="flex justify-between text-stone-800" data-testid="refunded-total">
            <span>{t("order.refundedTotal")}</span>
            <span>−{money(group.refunded_total)}</span>
          </p>
        ) : null}
      </section>
      {loaderData.bookings.length ? (
        <BookingList bookings={loaderData.bookings} result={actionData ?? loaderData.moved} />
      ) : loaderData.hasService ? (
        <p className="mt-6 text-stone-700">{t("confirm.service")}</p>
      ) : null}
      {loaderData.hasDigital ? (
        <section aria-labelledby="downloads" className="card mt-8 p-4">
          <h2 id="downloads" className="text-xl font-semibold">
            {t("confirm.downloads")}
          </h2>
          {loaderData.signedIn ? (
            <DownloadList downloads={loaderData.downloads} empty="confirm.downloadsPending" />
          ) : (
            <p className="mt-2 text-sm text-stone-700">{t("confirm.downloadsGuest")}</p>
          )}
        </section>
      ) : null}
      <Link to={`/${locale}/account`} className="btn-secondary mt-8">
        {t("account.orders")}
      </Link>
    </main>
  )
}

/** What a creator's order charged beyond its lines: its delivery (so each part adds up to the total). */
function deliveryOf(order: Order) {
  const lines = (order.items ?? []).reduce((sum, item) => sum + item.total, 0)
  return Math.round((order.total - lines) * 100) / 100
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
