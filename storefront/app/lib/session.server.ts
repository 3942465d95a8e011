import { createCookie, createCookieSessionStorage, redirect } from "react-router"
import { env } from "~/env.server"
import type { Currency } from "./format"
import { isLocale, localeFromAcceptLanguage, type Locale } from "./i18n"

const DAY = 60 * 60 * 24

/** How every session cookie is kept: signed, out of scripts' reach, sent on top-level navigations only. */
export const sessionCookie = (name: string, days: number) => ({
  name,
  httpOnly: true,
  sameSite: "lax" as const,
  path: "/",
  secure: env.COOKIE_SECURE === "true",
  secrets: [env.SESSION_SECRET],
  maxAge: days * DAY,
})

/** What the storefront remembers per visitor: the cart, the customer's token, the chosen currency and the orders placed here (so a guest can see their confirmation). */
export type SessionData = {
  cart_id?: string
  token?: string
  currency?: Currency
  /** the purchases placed in this session (their confirmation pages open without signing in) */
  orders?: string[]
  /** their receipts, by purchase id: a purchase on an account answers a signed-out reader only with it */
  receipts?: Record<string, string>
}

export const sessionStorage = createCookieSessionStorage<SessionData>({ cookie: sessionCookie("cm_session", 30) })

/** The language a visitor chose last; read by `/` to send them back to it. */
export const localeCookie = createCookie("cm_locale", { path: "/", sameSite: "lax", maxAge: 365 * DAY })

/** The visitor's language: the one they chose last, else the best match of Accept-Language (Azerbaijani by default). */
export async function visitorLocale(request: Request): Promise<Locale> {
  const remembered = await localeCookie.parse(request.headers.get("Cookie"))
  return isLocale(remembered) ? remembered : localeFromAcceptLanguage(request.headers.get("Accept-Language"))
}

/** A redirect to `path` in the visitor's language: theirs alone, never shared by a cache. */
export async function toVisitorLocale(request: Request, path: string) {
  return redirect(`/${await visitorLocale(request)}${path}`, {
    headers: { "Cache-Control": "private, no-store", Vary: "Cookie, Accept-Language" },
  })
}
