import { useState } from "react"
import { data, Form, Link } from "react-router"
import type { Route } from "./+types/delivery"
import { Field, FormAlert, Notice, SelectField, type FormState } from "~/components/studio/fields"
import { formatMoney } from "~/lib/format"
import { translate } from "~/lib/i18n.server"
import { LOCALE_NAMES, type Locale, type MessageKey } from "~/lib/i18n"
import { CreatorApiError } from "~/lib/studio/api.server"
import { asMember, requireOwner, requireStudio } from "~/lib/studio/auth.server"
import {
  DELIVERY_CURRENCIES,
  NAME_LOCALES,
  deliveryBody,
  deliveryErrors,
  feeNeeded,
  zoneLabel,
  zoneName,
  type DeliveryZone,
} from "~/lib/studio/delivery-form"
import { formValues } from "~/lib/studio/forms"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

type DeliveryOption = {
  id: string
  name: string
  translations?: Record<string, { name?: string }>
  service_zone: { id: string; name: string }
  prices: { currency_code: string; amount: number }[]
}

/** The shop's own delivery options and the marketplace's zones (docs/decisions/041). */
export async function loader({ request, params }: Route.LoaderArgs) {
  const studio = await requireStudio(request, params.locale)
  const { shipping_options, service_zones } = await asMember<{
    shipping_options: DeliveryOption[]
    service_zones: DeliveryZone[]
  }>(studio, "/creator/shipping-options")
  return {
    options: shipping_options,
    zones: service_zones,
    owner: studio.shop.role === "owner",
    // one form on the page at a time (their fields share ids): the option being edited, or a new one
    editing: new URL(request.url).searchParams.get("edit"),
    title: translate(params.locale as Locale, "studio.delivery.title"),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export async function action({ request, params }: Route.ActionArgs) {
  const studio = await requireStudio(request, params.locale)
  requireOwner(studio)
  const values = formValues(await request.formData())
  const { intent, target = "" } = values
  if (intent !== "create" && !/^so_\w+$/.test(target)) throw data("Not found", { status: 404 })
  try {
    if (intent === "delete") {
      await asMember(studio, `/creator/shipping-options/${target}`, { method: "DELETE" })
      return { intent, target, done: "studio.saved" as MessageKey }
    }
    const parsed = deliveryBody(values, intent === "update")
    if ("errors" in parsed) return data({ intent, target, values, errors: parsed.errors }, { status: 400 })
    if (intent === "create") await asMember(studio, "/creator/shipping-options", { method: "POST", body: parsed.body })
    else if (intent === "update") {
      const { name, translations, prices } = parsed.body
      await asMember(studio, `/creator/shipping-options/${target}`, { method: "POST", body: { name, translations, prices } })
    } else throw data("Not found", { status: 404 })
    return { intent, target, done: "studio.saved" as MessageKey }
  } catch (error) {
    if (!(error instanceof CreatorApiError) || error.status >= 500) throw error
    if (intent === "delete") {
      // an option unshipped orders still use stays until they ship (docs/decisions/054)
      const form = /still ships? with/.test(error.message) ? "studio.delivery.inUse" : "studio.error.refused"
      return data({ intent, target, values, errors: { form } }, { status: 400 })
    }
    return data({ intent, target, values, errors: deliveryErrors(error.message) }, { status: 400 })
  }
}

/** An option's name as buyers reading the studio's language see it. */
const nameIn = (option: DeliveryOption, locale: string) => option.translations?.[locale]?.name ?? option.name

/**
 * The fields of one option: its name (English, the base, and in Azerbaijani and Russian, as a
 * buyer reading the store in that language sees it) and a fee per currency, each needed one (AZN, and the zone's
 * buyers' currencies) labelled so; the creator API refuses a missing one with its reason, on that field.
 */
function OptionFields({ option, zone, state }: { option?: DeliveryOption; zone?: DeliveryZone; state?: FormState }) {
  const t = useT()
  const amount = (currency: string) => option?.prices.find((p) => p.currency_code === currency)?.amount ?? null
  return (
    <div className="grid gap-3 sm:grid-cols-4">
      <div className="grid gap-3 sm:col-span-4 sm:grid-cols-3">
        <Field
          name="name"
          label={`${t("studio.delivery.name")} · ${LOCALE_NAMES.en}`}
          lang="en"
          state={state}
          defaultValue={option?.name}
          required
        />
        {NAME_LOCALES.map((locale) => (
          <Field
            key={locale}
            name={`tr.name.${locale}`}
            label={`${t("studio.delivery.name")} · ${LOCALE_NAMES[locale]}`}
            lang={locale}
            state={state}
            defaultValue={option?.translations?.[locale]?.name}
          />
        ))}
      </div>
      {DELIVERY_CURRENCIES.map((currency) => (
        <Field
          key={currency}
          name={currency}
          inputMode="decimal"
          label={t(feeNeeded(currency, zone) ? "studio.delivery.fee" : "studio.delivery.feeOptional", { currency: currency.toUpperCase() })}
          state={state}
          defaultValue={amount(currency)}
          required={currency === "azn" || (feeNeeded(currency, zone) && "server")}
        />
      ))}
    </div>
  )
}

/** The form for a new option: the fees it needs follow the zone chosen (without JavaScript, the one last sent). */
function NewOption({ zones, state }: { zones: DeliveryZone[]; state?: FormState }) {
  const t = useT()
  const [zoneId, setZoneId] = useState(state?.values?.service_zone_id ?? zones[0]!.id)
  return (
    <Form method="post" className="mt-3 space-y-3">
      <FormAlert state={state} />
      <OptionFields zone={zones.find((zone) => zone.id === zoneId)} state={state} />
      <SelectField
        name="service_zone_id"
        label={t("studio.delivery.zone")}
        state={state}
        defaultValue={zones[0]!.id}
        options={zones.map((zone) => ({ value: zone.id, label: zoneLabel(zone, t) }))}
        onChange={setZoneId}
      />
      <p className="text-sm text-stone-600">{t("studio.delivery.zoneHint")}</p>
      <button type="submit" name="intent" value="create" className="btn-primary">
        {t("studio.delivery.add")}
      </button>
    </Form>
  )
}

export default function StudioDelivery({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const base = `/${locale}/studio/delivery`
  const { options, zones, owner } = loaderData
  const editing = options.find((option) => option.id === loaderData.editing)
  const failed = actionData && "errors" in actionData ? actionData : undefined
  const stateFor = (intent: string, target = "") =>
    failed && failed.intent === intent && (failed.target ?? "") === target
      ? { values: failed.values as Record<string, string>, errors: failed.errors as Record<string, string> }
      : undefined
  return (
    <main id="main" className="mt-6 max-w-3xl space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">{t("studio.delivery.title")}</h1>
      <p className="text-stone-700">{t("studio.delivery.intro")}</p>
      {actionData && "done" in actionData ? (
        <div role="status">
          <Notice tone="ok">{t(actionData.done)}</Notice>
        </div>
      ) : null}
      {!owner ? <Notice>{t("studio.delivery.ownersOnly")}</Notice> : null}
      {options.length === 0 ? <Notice>{t("studio.delivery.none")}</Notice> : null}
      <ul className="space-y-3">
        {options.map((option) => (
          <li key={option.id} className="card p-4" data-testid="delivery-option">
            <p className="font-semibold">{nameIn(option, locale)}</p>
            <p className="text-sm text-stone-700">
              {zoneName(option.service_zone.name, t)} ·{" "}
              {option.prices.map((p) => formatMoney(p.amount, p.currency_code, locale)).join(" · ")}
            </p>
            {owner ? (
              <div className="mt-3 flex flex-wrap gap-2">
                <Link to={`${base}?edit=${option.id}`} className="btn-secondary py-1">
                  {t("studio.delivery.edit")}
                </Link>
                <Form method="post">
                  <input type="hidden" name="target" value={option.id} />
                  <button
                    type="submit"
                    name="intent"
                    value="delete"
                    className="btn-secondary py-1 text-red-800"
                    aria-label={t("studio.delivery.deleteWho", { name: nameIn(option, locale) })}
                  >
                    {t("studio.delivery.delete")}
                  </button>
                </Form>
              </div>
            ) : null}
            <div className="mt-3 empty:hidden">
              <FormAlert state={stateFor("delete", option.id)} />
            </div>
          </li>
        ))}
      </ul>
      {owner && options.length ? <p className="text-sm text-stone-600">{t("studio.delivery.lastHint")}</p> : null}
      {owner && editing ? (
        <section aria-labelledby="edit-delivery" className="card p-4">
          <h2 id="edit-delivery" className="text-lg font-semibold">
            {nameIn(editing, locale)}
          </h2>
          <Form method="post" action={`${base}?edit=${editing.id}`} className="mt-3 space-y-3">
            <input type="hidden" name="target" value={editing.id} />
            <FormAlert state={stateFor("update", editing.id)} />
            <OptionFields
              option={editing}
              zone={zones.find((zone) => zone.id === editing.service_zone.id)}
              state={stateFor("update", editing.id)}
            />
            <button type="submit" name="intent" value="update" className="btn-primary">
              {t("studio.delivery.save")}
            </button>
          </Form>
        </section>
      ) : owner && zones.length ? (
        <section aria-labelledby="new-delivery" className="card p-4">
          <h2 id="new-delivery" className="text-lg font-semibold">
            {t("studio.delivery.new")}
          </h2>
          {/* keyed by the count, so a new option's fields start empty again once it is listed */}
          <NewOption key={options.length} zones={zones} state={stateFor("create")} />
        </section>
      ) : null}
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
