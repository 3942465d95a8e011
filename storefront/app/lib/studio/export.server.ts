import type { MessageKey } from "~/lib/i18n"
import { CreatorApiError } from "./api.server"
import { asMember, type Studio } from "./auth.server"
import { exportErrors, parseExportProfile, type ExportProfile } from "./export-profile"
import type { FieldErrors, Values } from "./forms"
import { formValues } from "./forms"

export type Localized = { az: string; en: string; ru: string }
export type Market = {
  partner_id: string
  partner_name: string
  market_country: string
  language: string
  currency: string
  ready: boolean
  score: number
  reasons: { code: string; field: string; message: Localized }[]
}

/** The product's export profile (null before the first save) and its readiness per active partner market. */
export async function exportState(studio: Studio, productId: string) {
  const base = `/creator/products/${productId}`
  const [{ export_profile }, { readiness }] = await Promise.all([
    asMember<{ export_profile: ExportProfile | null }>(studio, `${base}/export-profile`),
    asMember<{ readiness: { markets: Market[] } }>(studio, `${base}/readiness`),
  ])
  return { profile: export_profile, markets: readiness.markets }
}

export type ExportResult = { values?: Values; errors?: FieldErrors; done?: MessageKey }

/** Saves the form; a refusal the creator can fix comes back as field errors with their values kept. */
export async function saveExportProfile(studio: Studio, productId: string, variantIds: string[], form: FormData): Promise<ExportResult> {
  const values = formValues(form)
  // the variants that have values stored: sent even when emptied, so their values are cleared
  const overridden = String(form.get("overridden") ?? "").split(",")
  const parsed = parseExportProfile(values, variantIds, overridden)
  // sent even when a number was refused here (the API then refuses it too, see parseExportProfile):
  // every field's mistake is named in one answer, not the API's only after the numbers are fixed
  const local = parsed.ok ? {} : parsed.errors
  const sent = (parsed.body.variants as { variant_id: string }[]).map((v) => v.variant_id)
  try {
    await asMember(studio, `/creator/products/${productId}/export-profile`, { method: "POST", body: parsed.body })
    return parsed.ok ? { done: "studio.saved" } : { values, errors: local }
  } catch (error) {
    if (!(error instanceof CreatorApiError) || error.status >= 500) throw error
    if (error.status === 404) throw new Response("Not found", { status: 404 })
    return { values, errors: { ...exportErrors(error.message, sent), ...local } }
  }
}
