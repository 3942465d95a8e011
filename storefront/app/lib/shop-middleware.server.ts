import { data, type MiddlewareFunction } from "react-router"
import { rememberCurrency } from "./currency-choice.server"
import { isCurrency, type Currency } from "./format"
import { isLocale } from "./i18n"
import { localeCookie, sessionStorage, toVisitorLocale } from "./session.server"
import { regionFor, regionForCountry, shopContext } from "./shop.server"

/** Resolves the visitor's locale, currency and region once per request; saves the session when it changed. */
export const shopMiddleware: MiddlewareFunction<Response> = async ({ request, params, context }, next) => {
  const locale = params.locale
  if (!isLocale(locale)) {
    // a path without a language (`/studio`, `/products/…`, a mistyped one) opens in the visitor's language,
    // where a missing page is the site's 404 (above this route the page has no strings to hydrate with)
    if (request.method !== "GET" && request.method !== "HEAD") throw data("Not found", { status: 404 })
    const url = new URL(request.url)
    throw await toVisitorLocale(request, `${url.pathname}${url.search}`)
  }
  const cookie = request.headers.get("Cookie")
  const session = await sessionStorage.getSession(cookie)
  const stored = session.get("currency")
  const chosen = isCurrency(stored) ? stored : "azn"
  const before = JSON.stringify(session.data)
  // a partner feed's link (`?country=de`) opens in the region selling there, so the page shows the
  // feed's price and currency (Merchant Center rejects an item whose landing page differs); a
  // country no region serves is ignored
  const market = await regionForCountry(new URL(request.url).searchParams.get("country"))
  const region = market ?? (await regionFor(chosen))
  const currency = market ? (market.currency_code as Currency) : chosen
  const shop = { locale, region, currency, session, token: session.get("token") ?? null, scope: { regionId: region.id, locale } }
  context.set(shopContext, shop)
  // and the visitor keeps that currency, as if chosen in the switcher (a link in the default
  // currency sets no session, so its page stays shareable by the page cache)
  if (currency !== chosen) await rememberCurrency(shop, currency)
  const response = await next()
  if (JSON.stringify(session.data) !== before) {
    response.headers.append("Set-Cookie", await sessionStorage.commitSession(session))
    // an answer that sets a session is this visitor's alone, whatever the page said
    if (/\bpublic\b/.test(response.headers.get("Cache-Control") ?? "")) response.headers.set("Cache-Control", "private, no-cache")
  }
  if ((await localeCookie.parse(cookie)) !== locale) response.headers.append("Set-Cookie", await localeCookie.serialize(locale))
  return response
}
