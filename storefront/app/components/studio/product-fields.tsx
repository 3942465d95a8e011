import { LOCALE_NAMES } from "~/lib/i18n"
import { CURRENCY_CODES } from "~/lib/studio/constants"
import type { Kind, Listing, Product, Variant } from "~/lib/studio/types"
import { available } from "~/lib/studio/types"
import { optionTitle } from "~/lib/option-title"
import { useT } from "~/lib/use-t"
import { Field, SelectField, type FormState } from "./fields"

type Translations = Record<string, Record<string, string>>

/** Title, subtitle and description in English (the base text), Azerbaijani and Russian, side by side. */
export function TextFields({ state, product }: { state?: FormState; product?: (Product & { translations?: Translations }) | null }) {
  const t = useT()
  const tr = product?.translations ?? {}
  const rows = [
    { field: "title", label: t("studio.product.titleField"), base: product?.title, required: true, multiline: false },
    { field: "subtitle", label: t("studio.product.subtitle"), base: product?.subtitle, required: false, multiline: false },
    { field: "description", label: t("studio.product.description"), base: product?.description, required: false, multiline: true },
  ] as const
  return (
    <fieldset className="space-y-4">
      <legend className="text-lg font-semibold">{t("studio.product.texts")}</legend>
      <p className="text-xs text-stone-600">{t("studio.product.textsHint")}</p>
      {rows.map((row) => (
        <div key={row.field} className="grid gap-3 md:grid-cols-3">
          <Field
            name={row.field}
            label={`${row.label} · ${LOCALE_NAMES.en}`}
            lang="en"
            state={state}
            defaultValue={row.base}
            required={row.required}
            multiline={row.multiline}
          />
          {(["az", "ru"] as const).map((l) => (
            <Field
              key={l}
              name={`tr.${row.field}.${l}`}
              label={`${row.label} · ${LOCALE_NAMES[l]}`}
              lang={l}
              state={state}
              defaultValue={tr[l]?.[row.field]}
              multiline={row.multiline}
            />
          ))}
        </div>
      ))}
      <Field
        name="tags"
        label={t("studio.product.tags")}
        hint={t("studio.product.tagsHint")}
        state={state}
        defaultValue={(product?.tags ?? []).map((tag) => tag.value).join(", ")}
      />
    </fieldset>
  )
}

/** Lead time and delivery mode (services) or download limits (digital goods). */
export function KindFields({ kind, state, listing }: { kind: Kind; state?: FormState; listing?: Listing | null }) {
  const t = useT()
  if (kind === "service")
    return (
      <fieldset className="grid gap-3 md:grid-cols-3">
        <legend className="mb-2 text-lg font-semibold">{t("studio.product.service")}</legend>
        <SelectField
          name="delivery"
          label={t("studio.product.delivery")}
          state={state}
          defaultValue={listing?.service_delivery ?? "remote"}
          options={[
            { value: "remote", label: t("studio.product.delivery.remote") },
            { value: "onsite", label: t("studio.product.delivery.onsite") },
            { value: "both", label: t("studio.product.delivery.both") },
          ]}
        />
        <Field
          name="lead_time_days"
          label={t("studio.product.leadTime")}
          inputMode="numeric"
          state={state}
          defaultValue={listing?.service_lead_time_days ?? 3}
          required
        />
        <label className="flex items-center gap-2 self-end pb-2 text-sm">
          <input
            type="checkbox"
            name="date_required"
            defaultChecked={state?.values ? state.values.date_required === "on" : Boolean(listing?.service_date_required)}
          />
          {t("studio.product.dateRequired")}
        </label>
      </fieldset>
    )
  if (kind === "digital")
    return (
      <fieldset className="grid gap-3 md:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("studio.product.digital")}</legend>
        <Field
          name="download_limit"
          label={t("studio.product.downloadLimit")}
          inputMode="numeric"
          state={state}
          defaultValue={listing?.download_limit ?? 5}
        />
        <Field
          name="download_ttl_hours"
          label={t("studio.product.downloadTtl")}
          inputMode="numeric"
          state={state}
          defaultValue={listing?.download_ttl_hours ?? 72}
        />
      </fieldset>
    )
  return null
}

/** One variant (a size, a colour, a licence tier …): title, SKU, prices in AZN/EUR/USD, stock for physical goods, option values. */
export function VariantFields({
  kind,
  state,
  variant,
  optionTitles,
}: {
  kind: Kind
  state?: FormState
  variant?: Variant | null
  optionTitles: string[]
}) {
  const t = useT()
  const price = (code: string) => variant?.prices?.find((p) => p.currency_code === code)?.amount
  return (
    <div className="space-y-3">
      <div className="grid gap-3 sm:grid-cols-2">
        <Field
          name="variant_title"
          label={t(kind === "digital" ? "studio.variant.tier" : "studio.variant.title")}
          hint={kind === "digital" ? t("studio.variant.tierHint") : undefined}
          state={state}
          defaultValue={variant?.title ?? (kind === "digital" ? t("studio.variant.tierDefault") : t("studio.variant.default"))}
          required
        />
        <Field name="sku" label={t("studio.variant.sku")} state={state} defaultValue={variant?.sku} />
      </div>
      <fieldset>
        <legend className="label">{t("studio.variant.prices")}</legend>
        <div className="grid gap-3 sm:grid-cols-3">
          {CURRENCY_CODES.map((code) => (
            <Field
              key={code}
              name={`price.${code}`}
              label={code.toUpperCase()}
              inputMode="decimal"
              state={state}
              defaultValue={price(code)}
            />
          ))}
        </div>
      </fieldset>
      {kind === "physical" ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <Field
            name="stock"
            label={t("studio.variant.stock")}
            inputMode="numeric"
            state={state}
            defaultValue={variant ? available(variant) : 1}
            required
          />
          <Field name="weight" label={t("studio.variant.weight")} inputMode="numeric" state={state} defaultValue={variant?.weight} />
        </div>
      ) : null}
      {optionTitles.length ? (
        <div className="grid gap-3 sm:grid-cols-3">
          {optionTitles.map((title, i) => (
            <Field
              key={title}
              name={`opt.${i}`}
              label={optionTitle(title, t)}
              state={state}
              defaultValue={variant?.options?.find((o) => o.option?.title === title)?.value}
              required
            />
          ))}
        </div>
      ) : null}
    </div>
  )
}
