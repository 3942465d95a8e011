import type { Route } from "./+types/index"
import { toVisitorLocale } from "~/lib/session.server"

/** `/`: the language the visitor chose before, else the best match of Accept-Language (Azerbaijani by default). */
export async function loader({ request }: Route.LoaderArgs) {
  return toVisitorLocale(request, "")
}
