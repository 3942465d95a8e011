import { redirect } from "react-router"
import type { Route } from "./+types/logout"
import { studioSession } from "~/lib/studio/auth.server"
import { studioSessions } from "~/lib/studio/session.server"

/** Signing out forgets the creator's token on this server (the cookie is destroyed). */
export async function action({ request, params }: Route.ActionArgs) {
  const session = await studioSession(request)
  return redirect(`/${params.locale}/studio/login`, { headers: { "Set-Cookie": await studioSessions.destroySession(session) } })
}

export function loader({ params }: Route.LoaderArgs) {
  return redirect(`/${params.locale}/studio`)
}
