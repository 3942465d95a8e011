import { Form, NavLink, Outlet } from "react-router"
import type { Route } from "./+types/layout"
import { requireStudio } from "~/lib/studio/auth.server"
import { useLocale, useT } from "~/lib/use-t"

export async function loader({ request, params }: Route.LoaderArgs) {
  const studio = await requireStudio(request, params.locale)
  return { shop: studio.shop, shops: studio.me.shops, email: studio.me.member.email }
}

export const meta: Route.MetaFunction = () => [{ name: "robots", content: "noindex" }]

export default function StudioLayout({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { shop, shops, email } = loaderData
  const link = ({ isActive }: { isActive: boolean }) =>
    `rounded-md px-3 py-2 text-sm font-medium ${isActive ? "bg-brand-600 text-white" : "text-stone-800 hover:bg-stone-100"}`
  return (
    <div className="container-page py-6">
      <div className="flex flex-wrap items-center justify-between gap-3 border-b border-stone-200 pb-4">
        <div>
          <p className="text-xs uppercase tracking-wide text-stone-600">{t("studio.title")}</p>
          <p className="text-lg font-semibold">{shop.name}</p>
        </div>
        <div className="flex flex-wrap items-center gap-3 text-sm">
          {shops.length > 1 ? (
            <Form method="post" action={`/${locale}/studio/switch`} className="flex items-center gap-2">
              <label htmlFor="studio-shop" className="text-stone-700">
                {t("studio.nav.shopSwitch")}
              </label>
              <select id="studio-shop" name="shop_id" defaultValue={shop.id} className="input w-auto py-1">
                {shops.map((s) => (
                  <option key={s.id} value={s.id}>
                    {s.name}
                  </option>
                ))}
              </select>
              <button type="submit" className="btn-secondary py-1">
                {t("studio.nav.switch")}
              </button>
            </Form>
          ) : null}
          <span className="text-stone-700">{email}</span>
          <Form method="post" action={`/${locale}/studio/logout`}>
            <button type="submit" className="btn-secondary py-1">
              {t("studio.nav.signOut")}
            </button>
          </Form>
        </div>
      </div>
      <nav aria-label={t("studio.nav.label")} className="mt-3 flex flex-wrap gap-1">
        <NavLink end to={`/${locale}/studio`} className={link}>
          {t("studio.nav.home")}
        </NavLink>
        <NavLink to={`/${locale}/studio/products`} className={link}>
          {t("studio.nav.listings")}
        </NavLink>
        <NavLink to={`/${locale}/studio/orders`} className={link}>
          {t("studio.nav.orders")}
        </NavLink>
        <NavLink to={`/${locale}/studio/money`} className={link}>
          {t("studio.nav.money")}
        </NavLink>
        <NavLink to={`/${locale}/studio/bookings`} className={link}>
          {t("studio.nav.bookings")}
        </NavLink>
        <NavLink to={`/${locale}/studio/resources`} className={link}>
          {t("studio.nav.resources")}
        </NavLink>
        <NavLink to={`/${locale}/studio/shop`} className={link}>
          {t("studio.nav.shop")}
        </NavLink>
        <NavLink to={`/${locale}/studio/team`} className={link}>
          {t("studio.nav.team")}
        </NavLink>
        <NavLink to={`/${locale}/studio/delivery`} className={link}>
          {t("studio.nav.delivery")}
        </NavLink>
      </nav>
      <Outlet />
    </div>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
