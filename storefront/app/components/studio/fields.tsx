import type { ReactNode } from "react"
import type { MessageKey } from "~/lib/i18n"
import { waitPhrase } from "~/lib/retry-wait"
import { useLocale, useT } from "~/lib/use-t"

/** `retryMinutes`: how long a sign-in lockout lasts, for a `{wait}` in the form's message. */
export type FormState = { values?: Record<string, string>; errors?: Record<string, string>; retryMinutes?: number | null }

function ids(name: string) {
  const id = `f-${name.replace(/[^\w-]/g, "-")}`
  return { id, error: `${id}-error`, hint: `${id}-hint` }
}

/** An error tied to its field (aria-describedby), in the reader's language. */
export function FieldError({ name, state }: { name: string; state?: FormState }) {
  const t = useT()
  const key = state?.errors?.[name]
  if (!key) return null
  return (
    <p id={ids(name).error} className="mt-1 text-sm text-red-700">
      {t(key as MessageKey)}
    </p>
  )
}

type FieldProps = {
  name: string
  label: string
  state?: FormState
  defaultValue?: string | number | null
  hint?: string
  type?: string
  /** true: the browser asks for it; "server": shown and announced as needed, left to the server to refuse (it says why) */
  required?: boolean | "server"
  multiline?: boolean
  autoComplete?: string
  inputMode?: "numeric" | "decimal" | "email" | "url" | "text"
  lang?: string
  className?: string
}

/** A labelled input whose value survives a failed save (the submitted value wins over the stored one). */
export function Field({
  name,
  label,
  state,
  defaultValue,
  hint,
  type = "text",
  required,
  multiline,
  autoComplete,
  inputMode,
  lang,
  className,
}: FieldProps) {
  const { id, error, hint: hintId } = ids(name)
  const invalid = Boolean(state?.errors?.[name])
  const describedBy = [invalid ? error : null, hint ? hintId : null].filter(Boolean).join(" ") || undefined
  const value = state?.values?.[name] ?? (defaultValue == null ? "" : String(defaultValue))
  const common = {
    id,
    name,
    defaultValue: value,
    required: required === true,
    "aria-required": required === "server" || undefined,
    lang,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy,
    className: `input ${invalid ? "border-red-600" : ""}`,
  }
  return (
    <div className={className}>
      <label htmlFor={id} className="label">
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      {multiline ? <textarea {...common} rows={4} /> : <input {...common} type={type} autoComplete={autoComplete} inputMode={inputMode} />}
      {hint ? (
        <p id={hintId} className="mt-1 text-xs text-stone-600">
          {hint}
        </p>
      ) : null}
      <FieldError name={name} state={state} />
    </div>
  )
}

type SelectProps = {
  name: string
  label: string
  state?: FormState
  defaultValue?: string | null
  options: { value: string; label: string }[]
  required?: boolean
  onChange?: (value: string) => void
}

export function SelectField({ name, label, state, defaultValue, options, required, onChange }: SelectProps) {
  const { id, error } = ids(name)
  const invalid = Boolean(state?.errors?.[name])
  return (
    <div>
      <label htmlFor={id} className="label">
        {label}
      </label>
      <select
        id={id}
        name={name}
        defaultValue={state?.values?.[name] ?? defaultValue ?? ""}
        required={required}
        onChange={onChange ? (event) => onChange(event.target.value) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? error : undefined}
        className="input"
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <FieldError name={name} state={state} />
    </div>
  )
}

/** The form's own error (what names no field) and a summary, announced when it appears. */
export function FormAlert({ state }: { state?: FormState }) {
  const t = useT()
  const locale = useLocale()
  const errors = state?.errors ?? {}
  const count = Object.keys(errors).length
  if (!count) return null
  return (
    <div role="alert" className="rounded-md border border-red-200 bg-red-50 p-3 text-sm text-red-800">
      {errors.form ? <p>{t(errors.form as MessageKey, { wait: waitPhrase(locale, state?.retryMinutes) })}</p> : null}
      {count > (errors.form ? 1 : 0) ? <p>{t("studio.error.summary")}</p> : null}
    </div>
  )
}

export function Notice({ children, tone = "info" }: { children: ReactNode; tone?: "info" | "warn" | "ok" }) {
  const colours = {
    info: "border-sky-200 bg-sky-50 text-sky-900",
    warn: "border-amber-300 bg-amber-50 text-amber-900",
    ok: "border-emerald-200 bg-emerald-50 text-emerald-900",
  }
  return <div className={`rounded-md border p-3 text-sm ${colours[tone]}`}>{children}</div>
}

/** "Saved." and the like beside a form's button, announced when it appears; nothing without a message. */
export function Saved({ message }: { message?: MessageKey | null | false }) {
  const t = useT()
  if (!message) return null
  return (
    <p role="status" className="text-sm text-emerald-800">
      {t(message)}
    </p>
  )
}
