import { needsShipping } from "~/lib/cart"
import { formatMoney } from "~/lib/format"
import type { Cart } from "~/lib/types"
import { useLocale, useT } from "~/lib/use-t"

/**
 * The cart's sums as the lines show them: prices include tax (the demo regions and the store's
 * currencies are tax-inclusive), so the subtotal is the lines' total before discounts, and the tax
 * is said to be included rather than added (a subtotal without tax plus a tax line did not match
 * the lines the buyer sees). A cart with nothing to ship (downloads, services) has no shipping row;
 * until a delivery is chosen at checkout the row says so instead of showing a free one.
 */
export function CartTotals({ cart }: { cart: Cart }) {
  const t = useT()
  const locale = useLocale()
  const money = (amount: number) => formatMoney(amount, cart.currency_code, locale)
  return (
    <dl className="space-y-2 text-sm [&_dd]:whitespace-nowrap">
      <div className="flex justify-between">
        <dt>{t("cart.subtotal")}</dt>
        <dd>{money(cart.original_item_total ?? cart.item_subtotal ?? cart.subtotal)}</dd>
      </div>
      {cart.discount_total > 0 ? (
        <div className="flex justify-between text-green-800">
          <dt>{t("cart.discount")}</dt>
          <dd>−{money(cart.discount_total)}</dd>
        </div>
      ) : null}
      {needsShipping(cart) || cart.shipping_total > 0 ? (
        <div className="flex justify-between">
          <dt>{t("cart.shipping")}</dt>
          <dd>{cart.shipping_methods?.length ? money(cart.shipping_total) : t("cart.shippingAtCheckout")}</dd>
        </div>
      ) : null}
      <div className="flex justify-between border-t border-stone-200 pt-2 text-base font-semibold">
        <dt>{t("cart.total")}</dt>
        <dd data-testid="cart-total">{money(cart.total)}</dd>
      </div>
      {cart.tax_total > 0 ? (
        <div className="flex justify-between text-stone-600">
          <dt>{t("cart.tax")}</dt>
          <dd>{money(cart.tax_total)}</dd>
        </div>
      ) : null}
    </dl>
  )
}
