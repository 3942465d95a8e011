import { redirect } from "react-router"
import type { Route } from "./+types/index"
import { isLocale, localeFromAcceptLanguage } from "~/lib/i18n"
import { localeCookie } from "~/lib/session.server"

/** `/`: the language the visitor chose before, else the best match of Accept-Language (Azerbaijani by default). */
export async function loader({ request }: Route.LoaderArgs) {
  const remembered = await localeCookie.parse(request.headers.get("Cookie"))
  const locale = isLocale(remembered) ? remembered : localeFromAcceptLanguage(request.headers.get("Accept-Language"))
  return redirect(`/${locale}`, { headers: { "Cache-Control": "private, no-store", Vary: "Cookie, Accept-Language" } })
}
