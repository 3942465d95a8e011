import { redirect } from "react-router"
import type { Route } from "./+types/logout"
import { shopContext } from "~/lib/shop.server"

/** POST only (a link cannot sign anyone out): forgets the token and the customer's cart. */
export function action({ context }: Route.ActionArgs) {
  const shop = context.get(shopContext)
  shop.session.unset("token")
  shop.session.unset("cart_id")
  return redirect(`/${shop.locale}`)
}

export function loader({ params }: Route.LoaderArgs) {
  return redirect(`/${params.locale}/account`)
}
