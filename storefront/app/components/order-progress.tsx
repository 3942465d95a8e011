import { formatDate } from "~/lib/format"
import type { LineItem, Order } from "~/lib/types"
import { useLocale, useT } from "~/lib/use-t"

/** Only a web address becomes a link (a creator types the tracking link). */
const webAddress = (url: string | null) => (url && /^https?:\/\//i.test(url) ? url : null)

/**
 * What happened to one creator's part of a purchase after it was placed: the parcels they sent
 * (carrier, tracking number, a link to follow it) and the dates they confirmed services for.
 */
export function OrderProgress({ order }: { order: Order }) {
  const t = useT()
  const locale = useLocale()
  const shipments = order.fulfillments ?? []
  const confirmations = order.service_confirmations ?? []
  if (!shipments.length && !confirmations.length) return null
  const itemTitle = (id: string) => (order.items ?? []).find((item: LineItem) => item.id === id)?.title ?? ""
  return (
    <ul className="mt-3 space-y-2 border-t border-stone-100 pt-3 text-sm" data-testid="order-progress">
      {shipments.map((shipment) => (
        <li key={shipment.id}>
          {shipment.shipped_at ? (
            <p>{t("confirm.shipped", { date: formatDate(shipment.shipped_at, locale), carrier: shipment.carrier ?? "—" })}</p>
          ) : null}
          {shipment.delivered_at ? <p>{t("confirm.delivered", { date: formatDate(shipment.delivered_at, locale) })}</p> : null}
          {shipment.tracking_numbers.map((number) => (
            <p key={number} className="text-stone-700">
              {t("confirm.tracking", { number })}
            </p>
          ))}
          {webAddress(shipment.tracking_url) ? (
            <a href={webAddress(shipment.tracking_url)!} className="text-brand-700 underline" rel="noopener noreferrer" target="_blank">
              {t("confirm.track")}
            </a>
          ) : null}
        </li>
      ))}
      {confirmations.map((confirmation) => (
        <li key={confirmation.line_item_id}>
          <p>
            {t("confirm.serviceOn", { item: itemTitle(confirmation.line_item_id), date: formatDate(confirmation.service_date, locale) })}
          </p>
          {confirmation.note ? <p className="text-stone-700">{confirmation.note}</p> : null}
        </li>
      ))}
    </ul>
  )
}
