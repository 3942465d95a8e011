import { Field, type FormState, SelectField } from "~/components/studio/fields"
import { WEEKDAYS } from "~/lib/format"
import { RESOURCE_KINDS, WEEKDAY_NUMBERS } from "~/lib/studio/resource-form"
import type { Values } from "~/lib/studio/forms"
import { useLocale, useT } from "~/lib/use-t"

/**
 * A resource's settings: what it is, its zone and capacity, the booking rules, and one text field
 * per weekday for the opening hours (several ranges a day, comma-separated; works without JavaScript).
 */
export function ResourceFields({ state, stored }: { state?: FormState; stored: Values }) {
  const t = useT()
  const locale = useLocale()
  const field = (name: string) => ({ name, state, defaultValue: stored[name] })
  const number = { type: "text", inputMode: "numeric" as const, required: true }
  return (
    <>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field {...field("name")} label={t("studio.resources.name")} required className="sm:col-span-2" />
        <SelectField
          {...field("kind")}
          label={t("studio.resources.kind")}
          options={RESOURCE_KINDS.map((kind) => ({ value: kind, label: t(`studio.resources.kind.${kind}`) }))}
        />
        <Field {...field("timezone")} label={t("studio.resources.timezone")} hint={t("studio.resources.timezoneHint")} required />
        <Field {...field("capacity")} {...number} label={t("studio.resources.capacity")} hint={t("studio.resources.capacityHint")} />
      </div>
      <fieldset className="space-y-3">
        <legend className="text-lg font-semibold">{t("studio.resources.hours")}</legend>
        <p id="hours-hint" className="text-sm text-stone-600">
          {t("studio.resources.hoursHint")}
        </p>
        <div className="grid gap-3 sm:grid-cols-2">
          {WEEKDAY_NUMBERS.map((day) => (
            <Field key={day} {...field(`hours.${day}`)} label={capitalised(WEEKDAYS[locale].long[day - 1]!)} />
          ))}
        </div>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">{t("studio.resources.rules")}</legend>
        <Field
          {...field("buffer_before_minutes")}
          {...number}
          label={t("studio.resources.bufferBefore")}
          hint={t("studio.resources.bufferHint")}
        />
        <Field {...field("buffer_after_minutes")} {...number} label={t("studio.resources.bufferAfter")} />
        <Field
          {...field("min_notice_minutes")}
          {...number}
          label={t("studio.resources.minNotice")}
          hint={t("studio.resources.minNoticeHint")}
        />
        <Field {...field("window_days")} {...number} label={t("studio.resources.window")} hint={t("studio.resources.windowHint")} />
        <Field
          {...field("cancel_notice_hours")}
          {...number}
          label={t("studio.resources.cancelNotice")}
          hint={t("studio.resources.cancelNoticeHint")}
        />
      </fieldset>
    </>
  )
}

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1)

/** What a new resource starts with: a studio in Baku, open weekdays 10:00–19:00. */
export const NEW_RESOURCE: Values = {
  name: "",
  kind: "room",
  timezone: "Asia/Baku",
  capacity: "1",
  buffer_before_minutes: "0",
  buffer_after_minutes: "0",
  min_notice_minutes: "60",
  window_days: "90",
  cancel_notice_hours: "24",
  ...Object.fromEntries(WEEKDAY_NUMBERS.map((day) => [`hours.${day}`, day <= 5 ? "10:00–19:00" : ""])),
}
