import { Form } from "react-router"
import { Field, type FormState, FormAlert, Notice, SelectField } from "~/components/studio/fields"
import { formatDate } from "~/lib/format"
import type { ResourceException } from "~/lib/studio/types"
import { useLocale, useT } from "~/lib/use-t"

/**
 * A resource's dated exceptions (holidays, maintenance, blocked hours, extra hours), each removable,
 * and the form that adds one. Plain forms: they work without JavaScript.
 */
export function ResourceExceptions({ exceptions, state, busy }: { exceptions: ResourceException[]; state?: FormState; busy: boolean }) {
  const t = useT()
  const locale = useLocale()
  return (
    <section aria-labelledby="exceptions-title" className="card space-y-4 p-5">
      <h2 id="exceptions-title" className="text-lg font-semibold">
        {t("studio.resources.exceptions")}
      </h2>
      <p className="text-sm text-stone-700">{t("studio.resources.exceptionsHint")}</p>
      {exceptions.length === 0 ? (
        <Notice>{t("studio.resources.exceptionNone")}</Notice>
      ) : (
        <ul className="divide-y divide-stone-100 text-sm">
          {[...exceptions]
            .sort((a, b) => a.date.localeCompare(b.date))
            .map((e) => (
              <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="resource-exception">
                <span>
                  <span className="font-semibold">{formatDate(e.date, locale)}</span> ·{" "}
                  {t(e.kind === "closed" ? "studio.resources.exceptionClosed" : "studio.resources.exceptionOpen")} ·{" "}
                  {e.start_time ? `${e.start_time}–${e.end_time}` : t("studio.resources.allDay")}
                  {e.note ? <span className="text-stone-600"> · {e.note}</span> : null}
                </span>
                <Form method="post">
                  <input type="hidden" name="intent" value="remove-exception" />
                  <input type="hidden" name="exception_id" value={e.id} />
                  <button
                    type="submit"
                    className="text-brand-700 hover:underline"
                    aria-label={t("studio.resources.exceptionRemoveLabel", { date: formatDate(e.date, locale) })}
                    disabled={busy}
                  >
                    {t("studio.resources.exceptionRemove")}
                  </button>
                </Form>
              </li>
            ))}
        </ul>
      )}
      <Form key={exceptions.length} method="post" className="space-y-4 border-t border-stone-200 pt-4" noValidate>
        <input type="hidden" name="intent" value="add-exception" />
        <FormAlert state={state} />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field name="exception_date" type="date" label={t("studio.resources.exceptionDate")} state={state} required />
          <SelectField
            name="exception_kind"
            label={t("studio.resources.exceptionKind")}
            state={state}
            defaultValue="closed"
            options={[
              { value: "closed", label: t("studio.resources.exceptionClosed") },
              { value: "open", label: t("studio.resources.exceptionOpen") },
            ]}
          />
          <Field name="exception_start_time" type="time" label={t("studio.resources.exceptionStart")} state={state} />
          <Field name="exception_end_time" type="time" label={t("studio.resources.exceptionEnd")} state={state} />
          <Field name="exception_note" label={t("studio.resources.exceptionNote")} state={state} className="sm:col-span-2" />
        </div>
        <button type="submit" className="btn-secondary" disabled={busy}>
          {t("studio.resources.exceptionAdd")}
        </button>
      </Form>
    </section>
  )
}
