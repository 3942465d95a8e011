import { Link } from "react-router"
import type { Route } from "./+types/orders"
import { Pagination } from "~/components/pagination"
import { Notice } from "~/components/studio/fields"
import { OrderBadges } from "~/components/studio/order-bits"
import { formatDate, formatMoney } from "~/lib/format"
import { translate } from "~/lib/i18n.server"
import type { Locale } from "~/lib/i18n"
import { requireStudio } from "~/lib/studio/auth.server"
import { needsShipping, ORDER_TABS, orderTab } from "~/lib/studio/orders"
import { listOrders } from "~/lib/studio/orders.server"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"
import { redirectPastLastPage } from "~/lib/paging.server"

export async function loader({ request, params }: Route.LoaderArgs) {
  const studio = await requireStudio(request, params.locale)
  const url = new URL(request.url)
  const tab = orderTab(url.searchParams.get("status"))
  const page = Math.max(1, Math.floor(Number(url.searchParams.get("page")) || 1))
  const { orders, pages } = await listOrders(studio, tab, page)
  redirectPastLastPage(request, page, pages)
  return { orders, tab, page, pages, title: translate(params.locale as Locale, "studio.orders.title") }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export default function StudioOrders({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { orders, tab, page, pages } = loaderData
  const base = `/${locale}/studio/orders`
  return (
    <main id="main" className="mt-6 space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">{t("studio.orders.title")}</h1>
      <nav aria-label={t("studio.orders.tabs")}>
        <ul className="flex flex-wrap gap-1 border-b border-stone-200">
          {ORDER_TABS.map((key) => (
            <li key={key}>
              <Link
                to={key === "all" ? base : `${base}?status=${key}`}
                aria-current={key === tab ? "page" : undefined}
                className={`-mb-px inline-block border-b-2 px-3 py-2 text-sm font-medium ${
                  key === tab ? "border-brand-600 text-brand-700" : "border-transparent text-stone-700 hover:text-stone-900"
                }`}
              >
                {t(`studio.orders.tab.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {orders.length === 0 ? (
        <Notice>{t("studio.orders.none")}</Notice>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white" data-testid="order-list">
          {orders.map((order) => (
            <li key={order.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
              <div className="min-w-0">
                <Link to={`${base}/${order.id}`} className="font-semibold text-brand-700 underline">
                  {t("studio.orders.number", { number: order.display_id })}
                </Link>
                <p className="text-sm text-stone-700">
                  {t("studio.orders.placed", { date: formatDate(order.created_at, locale) })} ·{" "}
                  {t("studio.orders.itemCount", { count: (order.items ?? []).reduce((sum, item) => sum + Number(item.quantity), 0) })}
                </p>
                <p className="truncate text-sm text-stone-700">{(order.items ?? []).map((item) => item.title).join(", ")}</p>
              </div>
              <div className="flex flex-wrap items-center gap-3 sm:justify-end">
                {needsShipping(order) ? (
                  <span className="rounded bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{t("studio.orders.toShip")}</span>
                ) : null}
                <OrderBadges order={order} />
                <span className="font-semibold">{formatMoney(order.total, order.currency_code, locale)}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pages={pages} />
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
