import { redirect } from "react-router"
import type { Route } from "./+types/preferences"
import { rememberCurrency, withoutCountry } from "~/lib/currency-choice.server"
import { isCurrency } from "~/lib/format"
import { shopContext } from "~/lib/shop.server"

/** The currency switcher: remembers the currency and moves an open cart to that currency's region. */
export async function action({ request, context }: Route.ActionArgs) {
  const shop = context.get(shopContext)
  const form = await request.formData()
  const currency = form.get("currency")
  if (isCurrency(currency) && currency !== shop.currency && !(await rememberCurrency(shop, currency))) {
    return redirect(`/${shop.locale}/cart?currency_kept=${currency}`)
  }
  const target = String(form.get("redirectTo") ?? "")
  // only paths on this site: never an open redirect; and without a feed link's `?country=`, which
  // would choose its market's currency again over the one just chosen
  return redirect(target.startsWith(`/${shop.locale}`) && !target.startsWith("//") ? withoutCountry(target) : `/${shop.locale}`)
}

export function loader({ params }: Route.LoaderArgs) {
  return redirect(`/${params.locale}`)
}
