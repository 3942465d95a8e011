import type { ReactNode } from "react"
import type { MessageKey } from "~/lib/i18n"
import { INCOTERMS, VARIANT_FIELDS, variantField } from "~/lib/studio/export-profile"
import { useT } from "~/lib/use-t"
import { Field, FieldError, SelectField, type FormState } from "./fields"

function Group({ legend, hint, children }: { legend: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="space-y-3 border-t border-stone-200 pt-4 first:border-0 first:pt-0">
      <legend className="font-semibold">{legend}</legend>
      {hint ? <p className="text-xs text-stone-600">{hint}</p> : null}
      <div className="grid gap-3 sm:grid-cols-2">{children}</div>
    </fieldset>
  )
}

/** The dangerous-goods flag: an id like every other field's, so a readiness reason can point at it. */
function DangerousGoods({ state }: { state: FormState }) {
  const t = useT()
  const invalid = Boolean(state.errors?.dangerous_goods)
  return (
    <div className="sm:col-span-2">
      <div className="flex items-center gap-2">
        <input
          id="f-dangerous_goods"
          type="checkbox"
          name="dangerous_goods"
          defaultChecked={state.values?.dangerous_goods === "on"}
          aria-invalid={invalid || undefined}
          aria-describedby="f-dangerous_goods-hint"
          className="h-4 w-4"
        />
        <label htmlFor="f-dangerous_goods" className="text-sm font-medium">
          {t("studio.export.dangerous_goods")}
        </label>
      </div>
      <p id="f-dangerous_goods-hint" className="mt-1 text-xs text-stone-600">
        {t("studio.export.dangerous_goodsHint")}
      </p>
      <FieldError name="dangerous_goods" state={state} />
    </div>
  )
}

/** Per variant (a carpet's sizes): its own barcode, weight and size over the product's; empty means the product's. */
function VariantOverrides({ state, variants }: { state: FormState; variants: { id: string; title: string }[] }) {
  const t = useT()
  return (
    <fieldset className="space-y-3 border-t border-stone-200 pt-4">
      <legend className="font-semibold">{t("studio.export.variants")}</legend>
      <p className="text-xs text-stone-600">{t("studio.export.variantsHint")}</p>
      {variants.map((variant) => (
        <fieldset key={variant.id} className="space-y-2 rounded-md border border-stone-200 p-3">
          <legend className="px-1 text-sm font-medium">{variant.title}</legend>
          <div className="grid gap-3 sm:grid-cols-5">
            {VARIANT_FIELDS.map((field) => (
              <Field
                key={field}
                name={variantField(variant.id, field)}
                label={t(`studio.export.${field}` as MessageKey)}
                state={state}
                inputMode="numeric"
              />
            ))}
          </div>
        </fieldset>
      ))}
    </fieldset>
  )
}

type Props = { state: FormState; edition: string; variants: { id: string; title: string }[] }

/** Every field of the export-listings plugin's export profile, grouped as customs forms ask for them. */
export function ExportFields({ state, edition, variants }: Props) {
  const t = useT()
  const field = (name: string, extra: Partial<Parameters<typeof Field>[0]> = {}) => (
    <Field name={name} label={t(`studio.export.${name}` as MessageKey)} state={state} {...extra} />
  )
  const number = { inputMode: "numeric" as const }
  return (
    <div className="space-y-6">
      <Group legend={t("studio.export.customs")}>
        {field("hs_code", { ...number, hint: t("studio.export.hs_codeHint", { edition: edition.replace("HS", "HS ") }) })}
        {field("origin_country", { hint: t("studio.export.origin_countryHint"), autoComplete: "off" })}
        {field("customs_description", { hint: t("studio.export.customs_descriptionHint"), className: "sm:col-span-2" })}
        {field("gtin", { ...number, hint: t("studio.export.gtinHint") })}
        <SelectField
          name="incoterm"
          label={t("studio.export.incoterm")}
          state={state}
          options={[{ value: "", label: t("studio.export.incotermNone") }, ...INCOTERMS.map((i) => ({ value: i, label: i }))]}
        />
      </Group>
      <Group legend={t("studio.export.parcel")} hint={t("studio.export.parcelHint")}>
        {field("weight_g", number)}
        {field("length_mm", number)}
        {field("width_mm", number)}
        {field("height_mm", number)}
      </Group>
      <Group legend={t("studio.export.item")}>
        {field("materials", { hint: t("studio.export.materialsHint"), className: "sm:col-span-2" })}
        {field("production_year", number)}
        {field("maker")}
        {field("edition", { hint: t("studio.export.editionHint") })}
      </Group>
      <Group legend={t("studio.export.cultural")} hint={t("studio.export.culturalHint")}>
        {field("cultural_certificate_number")}
        {field("cultural_certificate_issuer")}
        {field("cultural_certificate_date", { type: "date" })}
      </Group>
      <Group legend={t("studio.export.cites")} hint={t("studio.export.citesHint")}>
        {field("cites_species")}
        {field("cites_permit")}
      </Group>
      <Group legend={t("studio.export.dangerous")}>
        <DangerousGoods state={state} />
        {field("un_number", { hint: t("studio.export.un_numberHint") })}
        {field("dg_class", { hint: t("studio.export.dg_classHint") })}
      </Group>
      <Group legend={t("studio.export.gpsr")} hint={t("studio.export.gpsrHint")}>
        {field("gpsr_manufacturer", { multiline: true })}
        {field("gpsr_eu_responsible_person", { multiline: true })}
        {field("gpsr_safety_warnings", { multiline: true, className: "sm:col-span-2" })}
      </Group>
      {variants.length > 1 ? <VariantOverrides state={state} variants={variants} /> : null}
    </div>
  )
}
