import { Form, useNavigation } from "react-router"
import { Field, FormAlert, SelectField, type FormState } from "./fields"
import { formatDate } from "~/lib/format"
import type { CreatorOrder, OrderItem } from "~/lib/studio/types"
import { useLocale, useT } from "~/lib/use-t"

function Submit({ intent, label }: { intent: string; label: string }) {
  const navigation = useNavigation()
  const busy = navigation.state !== "idle" && navigation.formData?.get("intent") === intent
  return (
    <button type="submit" name="intent" value={intent} className="btn-primary" disabled={busy}>
      {label}
    </button>
  )
}

/** Shipments sent so far and, while physical lines wait, the carrier + tracking number form. */
export function ShipSection({ order, open, state }: { order: CreatorOrder; open: boolean; state?: FormState }) {
  const t = useT()
  const locale = useLocale()
  const shipments = order.fulfillments.filter((f) => f.shipped_at && !f.canceled_at)
  if (!open && !shipments.length) return null
  return (
    <section aria-labelledby="ship-heading" className="card space-y-3 p-5">
      <h2 id="ship-heading" className="text-lg font-semibold">
        {t(open ? "studio.orders.ship.title" : "studio.orders.shipments")}
      </h2>
      {shipments.length ? (
        <ul className="space-y-1 text-sm">
          {shipments.map((f) => (
            <li key={f.id}>
              {t("studio.orders.shipment", {
                carrier: f.carrier ?? "—",
                tracking: f.tracking_numbers.join(", ") || "—",
                date: formatDate(f.shipped_at!, locale),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      {open ? (
        <Form method="post" className="grid gap-3 sm:grid-cols-2" noValidate>
          <p className="text-sm text-stone-700 sm:col-span-2">{t("studio.orders.ship.intro")}</p>
          <div className="sm:col-span-2">
            <FormAlert state={state} />
          </div>
          <Field name="carrier" label={t("studio.orders.ship.carrier")} hint={t("studio.orders.ship.carrierHint")} required state={state} />
          <Field name="tracking_number" label={t("studio.orders.ship.tracking")} required state={state} />
          <div className="sm:col-span-2">
            <Submit intent="ship" label={t("studio.orders.ship.submit")} />
          </div>
        </Form>
      ) : null}
    </section>
  )
}

/** Confirmed service dates and the form that confirms one (date + a note for the buyer). */
export function ConfirmServiceSection({ order, services, state }: { order: CreatorOrder; services: OrderItem[]; state?: FormState }) {
  const t = useT()
  const locale = useLocale()
  const titles = new Map(services.map((item) => [item.id, item.title]))
  const confirmations = order.service_confirmations ?? []
  // the date the buyer asked for (the first service still unconfirmed), so agreeing to it is one click
  const open = services.find((item) => !confirmations.some((c) => c.line_item_id === item.id)) ?? services[0]
  const requested = typeof open?.metadata?.requested_date === "string" ? open.metadata.requested_date : undefined
  return (
    <section aria-labelledby="service-heading" className="card space-y-3 p-5">
      <h2 id="service-heading" className="text-lg font-semibold">
        {t("studio.orders.service.title")}
      </h2>
      {confirmations.length ? (
        <>
          <h3 className="font-semibold">{t("studio.orders.confirmations")}</h3>
          <ul className="space-y-1 text-sm">
            {confirmations.map((c) => (
              <li key={c.id}>
                {t("studio.orders.confirmation", { title: titles.get(c.line_item_id) ?? "", date: formatDate(c.service_date, locale) })}
                {c.note ? <span className="text-stone-700"> · {c.note}</span> : null}
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {order.status === "canceled" ? null : (
        <Form method="post" className="grid gap-3 sm:grid-cols-2" noValidate>
          <p className="text-sm text-stone-700 sm:col-span-2">{t("studio.orders.service.intro")}</p>
          <div className="sm:col-span-2">
            <FormAlert state={state} />
          </div>
          {services.length > 1 ? (
            <SelectField
              name="line_item_id"
              label={t("studio.orders.service.item")}
              state={state}
              options={services.map((item) => ({ value: item.id, label: item.title }))}
            />
          ) : (
            <input type="hidden" name="line_item_id" value={services[0]!.id} />
          )}
          <Field name="service_date" label={t("studio.orders.service.date")} type="date" required state={state} defaultValue={requested} />
          <Field name="note" label={t("studio.orders.service.note")} multiline state={state} className="sm:col-span-2" />
          <div className="sm:col-span-2">
            <Submit intent="confirm" label={t("studio.orders.service.submit")} />
          </div>
        </Form>
      )}
    </section>
  )
}

/** The download links the buyer received, with how much of each is used. */
export function DeliveriesSection({ order }: { order: CreatorOrder }) {
  const t = useT()
  const downloads = order.downloads ?? []
  return (
    <section aria-labelledby="downloads-heading" className="card space-y-2 p-5">
      <h2 id="downloads-heading" className="text-lg font-semibold">
        {t("studio.orders.downloads")}
      </h2>
      {downloads.length ? (
        <ul className="space-y-1 text-sm">
          {downloads.map((d) => (
            <li key={d.id}>
              {d.max_downloads
                ? t("studio.orders.download", { file: d.filename ?? "—", used: d.downloads_used, max: d.max_downloads })
                : t("studio.orders.downloadAny", { file: d.filename ?? "—", used: d.downloads_used })}
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-stone-700">{t("studio.orders.noDownloads")}</p>
      )}
    </section>
  )
}
