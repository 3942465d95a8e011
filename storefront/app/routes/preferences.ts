import { redirect } from "react-router"
import type { Route } from "./+types/preferences"
import { isCurrency } from "~/lib/format"
import { BackendError, store } from "~/lib/medusa.server"
import { regionFor, shopContext } from "~/lib/shop.server"

/** The currency switcher: remembers the currency and moves an open cart to that currency's region. */
export async function action({ request, context }: Route.ActionArgs) {
  const shop = context.get(shopContext)
  const form = await request.formData()
  const currency = form.get("currency")
  if (isCurrency(currency) && currency !== shop.currency) {
    const cartId = shop.session.get("cart_id")
    if (cartId) {
      const region = await regionFor(currency)
      const moved = await store(`/store/carts/${cartId}`, { method: "POST", body: { region_id: region.id }, token: shop.token }).then(
        () => true,
        (error: unknown) => {
          if (!(error instanceof BackendError) || error.status >= 500) throw error
          // a cart that is gone (completed, deleted) is simply forgotten; one Medusa cannot move
          // (a line no longer for sale, or without a price there) is kept, in its own currency
          if (error.status === 404) shop.session.unset("cart_id")
          return error.status === 404
        },
      )
      if (!moved) return redirect(`/${shop.locale}/cart?currency_kept=${currency}`)
    }
    shop.session.set("currency", currency)
  }
  const target = String(form.get("redirectTo") ?? "")
  // only paths on this site: never an open redirect
  return redirect(target.startsWith(`/${shop.locale}`) && !target.startsWith("//") ? target : `/${shop.locale}`)
}

export function loader({ params }: Route.LoaderArgs) {
  return redirect(`/${params.locale}`)
}
