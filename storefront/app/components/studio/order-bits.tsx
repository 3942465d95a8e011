import { countryName } from "~/lib/country"
import { formatMoney } from "~/lib/format"
import type { Address, CreatorOrder, OrderEarnings } from "~/lib/studio/types"
import { useLocale, useT } from "~/lib/use-t"

const SHIPPING_TONES: Record<CreatorOrder["fulfillment_status"], string> = {
  not_fulfilled: "bg-amber-100 text-amber-900",
  fulfilled: "bg-sky-100 text-sky-900",
  partially_shipped: "bg-sky-100 text-sky-900",
  shipped: "bg-emerald-100 text-emerald-900",
  delivered: "bg-emerald-100 text-emerald-900",
}

/** The order's status and, when it has something to ship, where shipping stands. */
/** Medusa's payment states of an order whose money is not taken yet (a purchase paid on confirmation, awaiting the operator's capture). */
const UNPAID = new Set(["not_paid", "awaiting", "authorized", "partially_authorized", "requires_action"])

export function OrderBadges({ order }: { order: CreatorOrder }) {
  const t = useT()
  const physical = (order.items ?? []).some((item) => item.requires_shipping)
  const unpaid = order.status !== "canceled" && UNPAID.has(order.payment_status)
  return (
    <span className="flex flex-wrap gap-1 text-xs">
      <span
        className={`rounded px-2 py-0.5 font-medium ${order.status === "canceled" ? "bg-red-100 text-red-900" : "bg-stone-100 text-stone-800"}`}
      >
        {t(`studio.orders.status.${order.status}`)}
      </span>
      {unpaid ? (
        <span className="rounded bg-amber-100 px-2 py-0.5 font-medium text-amber-900">{t("studio.orders.paymentPending")}</span>
      ) : null}
      {physical ? (
        <span className={`rounded px-2 py-0.5 font-medium ${SHIPPING_TONES[order.fulfillment_status]}`}>
          {t(`studio.orders.shipping.${order.fulfillment_status}`)}
        </span>
      ) : null}
    </span>
  )
}

/** A postal address, one line per part, as a label is written; the country named in the reader's language. */
export function AddressLines({ address }: { address: Address }) {
  const locale = useLocale()
  const country = address.country_code ? countryName(address.country_code, locale) : null
  const lines = [
    [address.first_name, address.last_name].filter(Boolean).join(" "),
    address.company,
    address.address_1,
    address.address_2,
    [address.postal_code, address.city].filter(Boolean).join(" "),
    [address.province, country].filter(Boolean).join(", "),
    address.phone,
  ].filter(Boolean)
  return (
    <address className="not-italic">
      {lines.map((line, i) => (
        <span key={i} className="block">
          {line}
        </span>
      ))}
    </address>
  )
}

/** What the shop keeps of the order (net of tax): items less commission, plus its own delivery fee, less refunds. */
export function Earnings({ earnings, currency }: { earnings: OrderEarnings; currency: string }) {
  const t = useT()
  const locale = useLocale()
  const money = (amount: number) => formatMoney(amount, currency, locale)
  return (
    <div className="mt-2 text-sm">
      <p className="flex justify-between font-semibold text-emerald-900">
        <span>{t("studio.orders.youEarn")}</span>
        <span>{money(earnings.net)}</span>
      </p>
      <p className="text-stone-700">
        {t("studio.orders.earningsHint", {
          commission: money(earnings.commission - earnings.commission_reversed),
          delivery: money(earnings.delivery),
          reversed: money(earnings.reversed),
        })}
      </p>
    </div>
  )
}
