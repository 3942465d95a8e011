export const FIELDS = [
  { key: "hs_code", label: "HS code (HS 2022, 6 digits)" },
  { key: "origin_country", label: "Origin country (ISO, e.g. AZ)" },
  { key: "weight_g", label: "Weight (g)", numeric: true },
  { key: "customs_description", label: "Customs description (EN, ≤ 50)" },
  { key: "production_year", label: "Production year", numeric: true },
  { key: "gtin", label: "GTIN" },
] as const

/**
 * The request body of the fields the operator changed: an emptied field clears its value, a number
 * field holds a number. Text that is no number (`2,5 kg`) goes as typed, so the API refuses it and
 * says which field; it must never become `NaN`, which JSON sends as null and which cleared the value.
 */
export function profileBody(draft: Record<string, string>): Record<string, unknown> {
  const body: Record<string, unknown> = {}
  for (const field of FIELDS) {
    if (!(field.key in draft)) continue
    const value = draft[field.key].trim()
    if (value === "") body[field.key] = null
    else if ("numeric" in field && Number.isFinite(Number(value))) body[field.key] = Number(value)
    else body[field.key] = value
  }
  return body
}
