import type { Route } from "./+types/locale-redirect"
import { toVisitorLocale } from "~/lib/session.server"

/** Links the backend sends without a language, and the studio page each one opens. */
const TARGETS: Record<string, string> = {
  // the invite e-mail's link
  "/studio/invites/accept": "/studio/invites/accept",
  // where Stripe's onboarding sends an owner back (marketplace-orders' return and refresh URLs)
  "/creator/payouts": "/studio/money",
}

/** A link without a language → the same studio page in the reader's language, its query kept. */
export async function loader({ request }: Route.LoaderArgs) {
  const url = new URL(request.url)
  return toVisitorLocale(request, `${TARGETS[url.pathname] ?? "/studio"}${url.search}`)
}
