import { redirect } from "react-router"
import type { Route } from "./+types/invite-link"
import { isLocale, localeFromAcceptLanguage } from "~/lib/i18n"
import { localeCookie } from "~/lib/session.server"

/** `/studio/invites/accept?token=…` (the link in the invite e-mail) → the same page in the reader's language. */
export async function loader({ request }: Route.LoaderArgs) {
  const chosen = await localeCookie.parse(request.headers.get("Cookie"))
  const locale = isLocale(chosen) ? chosen : localeFromAcceptLanguage(request.headers.get("Accept-Language"))
  const url = new URL(request.url)
  return redirect(`/${locale}/studio/invites/accept${url.search}`)
}
