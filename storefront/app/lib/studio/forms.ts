// Form logic shared by the studio's pages and actions (no server code): one zod schema per form
// over the form's own field names, so an error lands next to the field that caused it. The
// backend's 400 messages are mapped back onto those fields in `backend-errors.ts`. The forms
// themselves: `shop-form.ts`, `product-form.ts`, `delivery-form.ts`, `resource-form.ts`, …
import { z } from "zod"

/** field name → message key (translated where it is shown) */
export type FieldErrors = Record<string, string>
export type Values = Record<string, string>

/** The message keys of a field's errors (translated where they are shown). */
export const FIELD_ERRORS = {
  required: "studio.error.required",
  tooLong: "studio.error.tooLong",
  handle: "studio.error.handle",
  voen: "studio.error.voen",
  url: "studio.error.url",
  email: "studio.error.email",
  password: "studio.error.password",
  price: "studio.error.price",
  wholeNumber: "studio.error.wholeNumber",
  onePrice: "studio.error.onePrice",
  choice: "studio.error.choice",
} as const
const E = FIELD_ERRORS

/** A shop's or a product's handle: lower-case letters, digits and inner hyphens. */
export const HANDLE = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/
export const text = (max: number) => z.string().trim().max(max, E.tooLong)
export const required = (max: number) => text(max).min(1, E.required)

/** FormData → plain strings (files and repeated names are not used by these forms). */
export function formValues(form: FormData): Values {
  const values: Values = {}
  for (const [key, value] of form.entries()) if (typeof value === "string") values[key] = value
  return values
}

export function issues(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of error.issues) {
    const field = issue.path.map(String).join(".")
    errors[field] ??= issue.message.startsWith("studio.") ? issue.message : E.choice
  }
  return errors
}

export type Parsed<T> = { ok: true; body: T } | { ok: false; errors: FieldErrors }

/** Missing text fields are empty strings (an unticked or absent input sends nothing). */
export function withDefaults(values: Values, shape: Record<string, unknown>) {
  return Object.fromEntries(Object.keys(shape).map((key) => [key, values[key] ?? ""]))
}
