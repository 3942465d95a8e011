import { Form, Link, NavLink, useLocation, useSubmit } from "react-router"
import { LOCALES, LOCALE_NAMES } from "~/lib/i18n"
import { useLocale, useT } from "~/lib/use-t"
import { Logo } from "./logo"

const CURRENCY_LABELS = { azn: "AZN", eur: "EUR", usd: "USD" } as const

export function SiteHeader({
  currency,
  cartCount,
  signedIn,
  minimal = false,
}: {
  currency: keyof typeof CURRENCY_LABELS
  cartCount: number
  signedIn: boolean
  minimal?: boolean
}) {
  const t = useT()
  const locale = useLocale()
  const location = useLocation()
  const submit = useSubmit()
  const rest = location.pathname.replace(/^\/[a-z]{2}(?=\/|$)/, "")
  const navClass = ({ isActive }: { isActive: boolean }) =>
    `rounded-md px-3 py-2 text-sm font-medium ${isActive ? "text-brand-700" : "text-stone-700 hover:text-stone-900"}`
  return (
    <header className="border-b border-stone-200 bg-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:p-3"
      >
        {t("nav.skip")}
      </a>
      <div className="border-b border-stone-100 bg-stone-50 text-xs">
        <div className="container-page flex flex-wrap items-center justify-end gap-4 py-1.5">
          <nav aria-label={t("nav.language")} className="flex gap-2">
            {LOCALES.map((code) => (
              <a
                key={code}
                href={`/${code}${rest}${location.search}`}
                hrefLang={code}
                lang={code}
                aria-current={code === locale ? "true" : undefined}
                className={code === locale ? "font-semibold text-brand-700" : "text-stone-700 hover:text-stone-900"}
              >
                {LOCALE_NAMES[code]}
              </a>
            ))}
          </nav>
          {minimal ? null : (
            <Form method="post" action={`/${locale}/preferences`} className="flex items-center gap-1">
              <input type="hidden" name="redirectTo" value={`${location.pathname}${location.search}`} />
              <label htmlFor="currency" className="text-stone-700">
                {t("nav.currency")}
              </label>
              <select
                id="currency"
                name="currency"
                defaultValue={currency}
                className="rounded border border-stone-300 bg-white px-1 py-0.5"
                onChange={(event) => submit(event.currentTarget.form)}
              >
                {Object.entries(CURRENCY_LABELS).map(([code, label]) => (
                  <option key={code} value={code}>
                    {label}
                  </option>
                ))}
              </select>
              <noscript>
                <button type="submit" className="underline">
                  {t("nav.apply")}
                </button>
              </noscript>
            </Form>
          )}
        </div>
      </div>
      <div className="container-page flex flex-wrap items-center gap-4 py-3">
        <Link to={`/${locale}`} aria-label={t("brand.name")} className="shrink-0">
          <Logo name={t("brand.name")} />
        </Link>
        <Form method="get" action={`/${locale}/search`} role="search" className="order-last w-full sm:order-none sm:max-w-md sm:flex-1">
          <label htmlFor="site-search" className="sr-only">
            {t("search.label")}
          </label>
          <input id="site-search" type="search" name="q" placeholder={t("search.placeholder")} className="input" />
        </Form>
        <nav aria-label={t("nav.main")} className="ml-auto flex items-center gap-1">
          <NavLink to={`/${locale}/search`} className={navClass}>
            {t("nav.search")}
          </NavLink>
          <NavLink to={`/${locale}/creators`} className={navClass}>
            {t("nav.creators")}
          </NavLink>
          <NavLink to={`/${locale}/account`} className={navClass}>
            {signedIn ? t("nav.account") : t("nav.login")}
          </NavLink>
          <NavLink to={`/${locale}/cart`} className={navClass}>
            {t("nav.cart")}
            <span aria-hidden="true" className="ml-1 rounded-full bg-brand-600 px-2 py-0.5 text-xs text-white">
              {cartCount}
            </span>
            <span className="sr-only">{` (${t("cart.items", { count: cartCount })})`}</span>
          </NavLink>
        </nav>
      </div>
    </header>
  )
}

function StudioLink() {
  const t = useT()
  const locale = useLocale()
  return (
    <p className="mt-2">
      <Link to={`/${locale}/studio`} className="text-brand-700 underline">
        {t("studio.footer.link")}
      </Link>
    </p>
  )
}

export function SiteFooter() {
  const t = useT()
  return (
    <footer className="mt-16 border-t border-stone-200 bg-stone-50">
      <div className="container-page py-8 text-sm text-stone-700">
        <p>{t("footer.about")}</p>
        <StudioLink />
        <p className="mt-2">
          © {new Date().getFullYear()} {t("brand.name")}. {t("footer.rights")}
        </p>
      </div>
    </footer>
  )
}
