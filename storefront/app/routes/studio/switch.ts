import { redirect } from "react-router"
import type { Route } from "./+types/switch"
import { commitHeaders, requireStudio } from "~/lib/studio/auth.server"

/** A member of several shops picks the one the studio acts for (sent as x-creator-id). */
export async function action({ request, params }: Route.ActionArgs) {
  const studio = await requireStudio(request, params.locale)
  const wanted = String((await request.formData()).get("shop_id") ?? "")
  if (studio.me.shops.some((s) => s.id === wanted)) studio.session.set("shop_id", wanted)
  return redirect(`/${params.locale}/studio`, { headers: await commitHeaders(studio.session) })
}

export function loader({ params }: Route.LoaderArgs) {
  return redirect(`/${params.locale}/studio`)
}
