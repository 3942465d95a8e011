import { Link } from "react-router"
import type { Route } from "./+types/home"
import { Notice } from "~/components/studio/fields"
import { ShopStatus } from "~/components/studio/shop-status"
import { translate, type Locale } from "~/lib/i18n"
import { asMember, requireStudio } from "~/lib/studio/auth.server"
import { attention } from "~/lib/studio/dashboard"
import { needsShipping, placedOn } from "~/lib/studio/orders"
import type { CreatorOrder, Product, Shop } from "~/lib/studio/types"
import { useLocale, useT } from "~/lib/use-t"

export async function loader({ request, params }: Route.LoaderArgs) {
  const studio = await requireStudio(request, params.locale)
  const [{ creator }, { products, count }, { orders }] = await Promise.all([
    asMember<{ creator: Shop }>(studio, "/creator/shop"),
    asMember<{ products: Product[]; count: number }>(studio, "/creator/products", { query: { limit: 100 } }),
    // the latest 100 orders: today's and the open ones that wait for shipping are among them
    asMember<{ orders: CreatorOrder[] }>(studio, "/creator/orders", { query: { limit: 100 } }),
  ])
  const toShip = orders.filter(needsShipping).map((o) => ({ id: o.id, display_id: o.display_id }))
  return {
    shop: creator,
    count,
    attention: attention(products),
    ordersToday: placedOn(orders, new Date()).length,
    toShip,
    title: translate(params.locale as Locale, "studio.home.title"),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => [
  { title: `${loaderData?.title} · Creative Market` },
  { name: "robots", content: "noindex" },
]

export default function StudioHome({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { shop, count, attention, ordersToday, toShip } = loaderData
  const groups = [
    { key: "rejected", title: t("studio.home.rejected"), items: attention.rejected },
    { key: "pending", title: t("studio.home.pending"), items: attention.pending },
    { key: "lowStock", title: t("studio.home.lowStock"), items: attention.lowStock },
    { key: "drafts", title: t("studio.home.drafts"), items: attention.drafts },
  ].filter((g) => g.items.length)
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
                  {group.title} <span className="text-stone-600">({group.items.length})</span>
                </h3>
                <ul className="mt-2 space-y-1 text-sm">
                  {group.items.slice(0, 8).map((item) => (
                    <li key={item.id}>
                      <Link to={`/${locale}/studio/products/${item.id}`} className="text-brand-700 underline">
                        {item.title}
                      </Link>
                      {item.note ? <span className="text-stone-700"> · {item.note}</span> : null}
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
