import { Link } from "react-router"
import type { Route } from "./+types/home"
import { Notice } from "~/components/studio/fields"
import { SalesChart } from "~/components/studio/sales-chart"
import { ShopStatus } from "~/components/studio/shop-status"
import { translate } from "~/lib/i18n.server"
import type { Locale } from "~/lib/i18n"
import { asMember, requireStudio } from "~/lib/studio/auth.server"
import { attention } from "~/lib/studio/dashboard"
import { localTitles, recentOrders, unreadyExports } from "~/lib/studio/home.server"
import { needsShipping, placedOn } from "~/lib/studio/orders"
import { salesByDay } from "~/lib/studio/sales"
import type { Product, Shop } from "~/lib/studio/types"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

/** Each group of "needs attention" lists this many listings (its count says how many there are). */
const SHOWN = 8

export async function loader({ request, params }: Route.LoaderArgs) {
  const studio = await requireStudio(request, params.locale)
  const locale = params.locale as Locale
  const [{ creator }, { products, count }, orders] = await Promise.all([
    asMember<{ creator: Shop }>(studio, "/creator/shop"),
    asMember<{ products: Product[]; count: number }>(studio, "/creator/products", { query: { limit: 100 } }),
    // the last 30 days' orders: today's, the chart's and the open ones that wait for shipping are among them
    recentOrders(studio),
  ])
  const toShip = orders.filter(needsShipping).map((o) => ({ id: o.id, display_id: o.display_id }))
  const listings = attention(products)
  const unready = await unreadyExports(studio, products)
  const shown = [...Object.values(listings), unready].flatMap((items) => items.slice(0, SHOWN).map((i) => i.id))
  const titles = await localTitles(studio, shown, locale)
  const titled = <T extends { id: string; title: string }>(items: T[]) =>
    items.slice(0, SHOWN).map((item) => ({ ...item, title: titles[item.id] ?? item.title }))
  return {
    shop: creator,
    count,
    attention: {
      rejected: { count: listings.rejected.length, items: titled(listings.rejected) },
      unready: { count: unready.length, items: titled(unready) },
      lowStock: { count: listings.lowStock.length, items: titled(listings.lowStock) },
      pending: { count: listings.pending.length, items: titled(listings.pending) },
      drafts: { count: listings.drafts.length, items: titled(listings.drafts) },
    },
    ordersToday: placedOn(orders, new Date()).length,
    toShip,
    sales: salesByDay(orders, new Date()),
    title: translate(locale, "studio.home.title"),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export default function StudioHome({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { shop, count, attention, ordersToday, toShip, sales } = loaderData
  const groups = (["rejected", "unready", "lowStock", "pending", "drafts"] as const)
    .map((key) => ({ key, title: t(`studio.home.${key}`), ...attention[key] }))
    .filter((g) => g.count)
  return (
    <main id="main" className="mt-6 space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">{t("studio.home.title")}</h1>
      <ShopStatus shop={shop} />
      <section aria-labelledby="orders-heading" className="space-y-3">
        <h2 id="orders-heading" className="sr-only">
          {t("studio.nav.orders")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className="card p-4">
            <p className="text-sm text-stone-700">{t("studio.home.ordersToday")}</p>
            <p className="text-3xl font-bold" data-testid="orders-today">
              {ordersToday}
            </p>
          </div>
          <div className="card p-4">
            <p className="text-sm text-stone-700">{t("studio.home.toShip")}</p>
            <p className="text-3xl font-bold" data-testid="orders-to-ship">
              {toShip.length}
            </p>
            {toShip.length ? (
              <ul className="mt-1 flex flex-wrap gap-2 text-sm">
                {toShip.slice(0, 8).map((order) => (
                  <li key={order.id}>
                    <Link to={`/${locale}/studio/orders/${order.id}`} className="text-brand-700 underline">
                      {t("studio.orders.number", { number: order.display_id })}
                    </Link>
                  </li>
                ))}
              </ul>
            ) : null}
          </div>
        </div>
        <Link to={`/${locale}/studio/orders`} className="text-sm text-brand-700 underline">
          {t("studio.home.allOrders")}
        </Link>
      </section>
      <SalesChart series={sales} />
      <section aria-labelledby="attention" className="space-y-3">
        <h2 id="attention" className="text-lg font-semibold">
          {t("studio.home.attention")}
        </h2>
        {groups.length === 0 ? (
          <Notice tone="ok">{count ? t("studio.home.allGood") : t("studio.home.noListings")}</Notice>
        ) : (
          <div className="grid gap-4 md:grid-cols-2">
            {groups.map((group) => (
              <section key={group.key} className="card p-4" aria-label={group.title}>
                <h3 className="font-semibold">
                  {group.title} <span className="text-stone-600">({group.count})</span>
                </h3>
                <ul className="mt-2 space-y-1 text-sm">
                  {group.items.map((item) => (
                    <li key={item.id}>
                      <Link
                        to={`/${locale}/studio/products/${item.id}${group.key === "unready" ? "/export" : ""}`}
                        className="text-brand-700 underline"
                      >
                        {item.title}
                      </Link>
                      {"note" in item && item.note ? <span className="text-stone-700"> · {item.note}</span> : null}
                      {"score" in item ? (
                        <span className="text-stone-700"> · {t("studio.home.exportScore", { score: item.score })}</span>
                      ) : null}
                    </li>
                  ))}
                </ul>
              </section>
            ))}
          </div>
        )}
      </section>
      <p className="flex flex-wrap gap-3">
        <Link to={`/${locale}/studio/products/new`} className="btn-primary">
          {t("studio.products.new")}
        </Link>
        <Link to={`/${locale}/studio/products`} className="btn-secondary">
          {t("studio.home.allListings", { count })}
        </Link>
      </p>
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
