import { data, type MiddlewareFunction } from "react-router"
import { isCurrency } from "./format"
import { isLocale } from "./i18n"
import { localeCookie, sessionStorage, toVisitorLocale } from "./session.server"
import { regionFor, shopContext } from "./shop.server"

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
  const currency = isCurrency(stored) ? stored : "azn"
  const region = await regionFor(currency)
  context.set(shopContext, {
    locale,
    region,
    currency,
    session,
    token: session.get("token") ?? null,
    scope: { regionId: region.id, locale },
  })
  const before = JSON.stringify(session.data)
  const response = await next()
  if (JSON.stringify(session.data) !== before) {
    response.headers.append("Set-Cookie", await sessionStorage.commitSession(session))
    // an answer that sets a session is this visitor's alone, whatever the page said
    if (/\bpublic\b/.test(response.headers.get("Cache-Control") ?? "")) response.headers.set("Cache-Control", "private, no-cache")
  }
  if ((await localeCookie.parse(cookie)) !== locale) response.headers.append("Set-Cookie", await localeCookie.serialize(locale))
  return response
}
