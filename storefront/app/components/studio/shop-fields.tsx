import { useState } from "react"
import { LOCALE_NAMES } from "~/lib/i18n"
import { PROGRAMMES, STUDIO_LOCALES } from "~/lib/studio/constants"
import type { Shop } from "~/lib/studio/types"
import { useT } from "~/lib/use-t"
import { Field, FieldError, SelectField, type FormState } from "./fields"

/** The shop's description: shared by applying and by editing the shop. `withHandle` only when applying (the handle never changes). */
export function ShopFields({
  state,
  shop,
  withHandle,
  bios,
}: {
  state?: FormState
  shop?: Shop | null
  withHandle?: boolean
  bios?: Record<string, string>
}) {
  const t = useT()
  const [legalType, setLegalType] = useState(state?.values?.legal_type ?? shop?.legal_type ?? "individual")
  return (
    <>
      {withHandle ? (
        <Field name="handle" label={t("studio.shop.handle")} hint={t("studio.shop.handleHint")} state={state} required autoComplete="off" />
      ) : null}
      <Field name="name" label={t("studio.shop.name")} state={state} defaultValue={shop?.name} required autoComplete="organization" />
      <Field
        name="email"
        label={t("studio.shop.email")}
        hint={t("studio.shop.emailHint")}
        state={state}
        defaultValue={shop?.email}
        type="email"
        required
        autoComplete="email"
      />
      <fieldset>
        <legend className="label">{t("studio.shop.bio")}</legend>
        <p className="mb-2 text-xs text-stone-600">{t("studio.shop.bioHint")}</p>
        <div className="grid gap-3 md:grid-cols-3">
          {STUDIO_LOCALES.map((l) => (
            <Field
              key={l}
              name={`bio.${l}`}
              label={LOCALE_NAMES[l]}
              lang={l}
              multiline
              state={state}
              defaultValue={bios?.[l] ?? (l === "en" ? shop?.bio : "")}
            />
          ))}
        </div>
      </fieldset>
      <div className="grid gap-3 md:grid-cols-2">
        <Field
          name="logo_url"
          label={t("studio.shop.logo")}
          hint={t("studio.shop.imageHint")}
          type="url"
          inputMode="url"
          state={state}
          defaultValue={shop?.logo_url}
        />
        <Field
          name="banner_url"
          label={t("studio.shop.banner")}
          hint={t("studio.shop.imageHint")}
          type="url"
          inputMode="url"
          state={state}
          defaultValue={shop?.banner_url}
        />
      </div>
      <SelectField
        name="programme"
        label={t("studio.shop.programme")}
        state={state}
        defaultValue={shop?.programme ?? "crafts"}
        options={PROGRAMMES.map((p) => ({ value: p, label: t(`studio.programme.${p}`) }))}
      />
      <fieldset>
        <legend className="label">{t("studio.shop.legalType")}</legend>
        <div className="flex flex-wrap gap-4">
          {(["individual", "company"] as const).map((type) => (
            <label key={type} className="flex items-center gap-2 text-sm">
              <input type="radio" name="legal_type" value={type} checked={legalType === type} onChange={() => setLegalType(type)} />
              {t(`studio.shop.legal.${type}`)}
            </label>
          ))}
        </div>
        <FieldError name="legal_type" state={state} />
      </fieldset>
      <Field
        name="tax_id"
        label={t("studio.shop.taxId")}
        hint={t(legalType === "company" ? "studio.shop.taxIdCompany" : "studio.shop.taxIdIndividual")}
        inputMode="numeric"
        required={legalType === "company"}
        state={state}
        defaultValue={shop?.tax_id}
      />
    </>
  )
}
