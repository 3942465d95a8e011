import { toMillis } from "./documents"
import { invalid } from "./errors"
import type { PlannedField } from "./schema"

/**
 * A double-quoted Meilisearch filter token. Meilisearch's filter parser ends a
 * quoted token at the first `"` not preceded by `\`, then unescapes `\"` and
 * `\\`; escaping `\` before `"` keeps every value — including ones holding
 * quotes, backslashes, `AND`, `OR`, brackets or parentheses — one inert token.
 */
export function quote(text: string): string {
  return `"${text.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`
}

/** A field that the provider knows nothing about beyond its path (see `lenientField`). */
export type FilterField = Pick<PlannedField, "path" | "array"> & { type: PlannedField["type"] | "unknown" }

/** Coerces a filter operand to the field's stored form and quotes it. */
export function literal(field: FilterField, value: unknown): string {
  return quote(stored(field, value))
}

function stored(field: FilterField, value: unknown): string {
  switch (field.type) {
    case "date": {
      const millis = toMillis(value)
      return millis === undefined ? reject(field, value, "a date") : String(millis)
    }
    case "integer":
    case "float": {
      const number = typeof value === "number" ? value : typeof value === "string" && value.trim() ? Number(value) : NaN
      return Number.isFinite(number) ? String(number) : reject(field, value, "a finite number")
    }
    case "boolean":
      return value === true || value === "true"
        ? "true"
        : value === false || value === "false"
          ? "false"
          : reject(field, value, "a boolean")
    case "unknown":
      return value instanceof Date ? String(value.getTime()) : scalar(field, value)
    default:
      return value instanceof Date ? value.toISOString() : scalar(field, value)
  }
}

function scalar(field: FilterField, value: unknown): string {
  if (typeof value === "string") {
    return value
  }
  if ((typeof value === "number" && Number.isFinite(value)) || typeof value === "boolean") {
    return String(value)
  }
  return reject(field, value, "a string, number or boolean")
}

function reject(field: FilterField, value: unknown, expected: string): never {
  invalid(`Filter value ${JSON.stringify(value)} for "${field.path}" must be ${expected}`)
}
