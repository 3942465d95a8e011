export type PartnerForm = { name: string; format: string; market_country: string; language: string; currency: string }

/** The create form as it opens, and as it is again after a partner was created. */
export const EMPTY_PARTNER: PartnerForm = { name: "", format: "google-xml", market_country: "DE", language: "en", currency: "eur" }

export const PARTNER_LABELS: Record<keyof PartnerForm, string> = {
  name: "Name",
  format: "Format",
  market_country: "Market",
  language: "Language",
  currency: "Currency",
}

const LANGUAGES = ["en", "az", "ru"]
const CURRENCIES = ["azn", "eur", "usd"]

/** The request body: codes trimmed and in the case the API takes ("de", " EUR" are fine to type). */
export function partnerBody(form: PartnerForm): PartnerForm {
  return {
    name: form.name.trim(),
    format: form.format,
    market_country: form.market_country.trim().toUpperCase(),
    language: form.language.trim().toLowerCase(),
    currency: form.currency.trim().toLowerCase(),
  }
}

/** What is wrong with the form, one sentence a field, all at once; empty when it can be sent. */
export function partnerProblems(form: PartnerForm): string[] {
  const body = partnerBody(form)
  const problems: string[] = []
  if (!body.name) problems.push("Name: enter the partner's name.")
  else if (body.name.length > 200) problems.push("Name: use at most 200 characters.")
  if (!/^[A-Z]{2}$/.test(body.market_country)) problems.push("Market: enter a two-letter country code, such as DE.")
  if (!LANGUAGES.includes(body.language)) problems.push("Language: enter en, az or ru.")
  if (!CURRENCIES.includes(body.currency)) problems.push("Currency: enter azn, eur or usd.")
  return problems
}

/**
 * The API's refusal with the form's labels instead of field keys: "market_country: must be an ISO
 * 3166-1 alpha-2 country code such as DE." reads "Market: must be …".
 */
export function partnerError(message: string): string {
  return message.replace(/\b(name|format|market_country|language|currency):/g, (_, key: keyof PartnerForm) => `${PARTNER_LABELS[key]}:`)
}
