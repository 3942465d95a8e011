import type { Locale, MessageKey } from "~/lib/i18n"
import { CreatorApiError } from "./api.server"
import { data } from "react-router"
import { asMember, type Studio } from "./auth.server"
import { formValues, type FieldErrors, type Values } from "./forms"
import { parseProductUpdate, parseVariant } from "./product-form"
import { backendErrors, sentCurrencies } from "./backend-errors"
import { listingAction } from "./listing-actions.server"
import type { Product } from "./types"

/** The shop's own product, or a 404 page: another shop's product is not found, exactly like a missing one. */
export async function ownProduct(studio: Studio, id: string) {
  try {
    type Loaded = Product & { translations?: Record<string, Record<string, string>> }
    return (await asMember<{ product: Loaded }>(studio, `/creator/products/${encodeURIComponent(id)}`)).product
  } catch (error) {
    if (error instanceof CreatorApiError && (error.status === 404 || error.status === 400)) throw data("Not found", { status: 404 })
    throw error
  }
}

export type EditResult = {
  intent: string
  target?: string
  values?: Values
  errors?: FieldErrors
  done?: MessageKey
  error?: MessageKey
  redirect?: string
}

const TEXT_FIELDS = [
  "title",
  "subtitle",
  "description",
  "tags",
  "delivery",
  "lead_time_days",
  "download_limit",
  "download_ttl_hours",
  ...["title", "subtitle", "description"].flatMap((f) => [`tr.${f}.az`, `tr.${f}.ru`]),
]
const VARIANT_FIELDS = ["variant_title", "sku", "price.azn", "price.eur", "price.usd", "stock", "weight", "opt.0", "opt.1", "opt.2"]

/** A refusal the creator can fix becomes field errors (their values kept); anything else is thrown. */
function refused(error: unknown, result: EditResult, fields: string[], sent: string[] = []): EditResult {
  if (!(error instanceof CreatorApiError) || error.status >= 500) throw error
  if (error.status === 404) throw new Response("Not found", { status: 404 })
  return { ...result, errors: backendErrors(error.message, fields, sent) }
}

/** Every form of a listing's page: its texts, variants, images and files, and the listing-wide actions. */
export async function editProduct(studio: Studio, product: Product, form: FormData, locale: Locale): Promise<EditResult> {
  const intent = String(form.get("intent") ?? "")
  const target = String(form.get("target") ?? "")
  const values = formValues(form)
  const base = `/creator/products/${product.id}`
  const kind = product.listing?.kind ?? "physical"
  const optionTitles = (product.options ?? []).map((o) => o.title)
  if (["publish", "unpublish", "duplicate", "delete"].includes(intent)) {
    form.set("id", product.id)
    return { intent, ...(await listingAction(studio, form, locale)) }
  }
  if (intent === "save") {
    const parsed = parseProductUpdate(kind, values)
    if (!parsed.ok) return { intent, values, errors: parsed.errors }
    try {
      await asMember(studio, base, { method: "POST", body: parsed.body })
      return { intent, done: "studio.saved" }
    } catch (error) {
      return refused(error, { intent, values }, TEXT_FIELDS)
    }
  }
  if (intent === "addVariant" || intent === "updateVariant") {
    const parsed = parseVariant(kind, optionTitles, values)
    if (!parsed.ok) return { intent, target, values, errors: parsed.errors }
    const path = intent === "addVariant" ? `${base}/variants` : `${base}/variants/${target}`
    try {
      await asMember(studio, path, { method: "POST", body: parsed.body })
      return { intent, target, done: "studio.saved" }
    } catch (error) {
      return refused(error, { intent, target, values }, VARIANT_FIELDS, sentCurrencies(parsed.body))
    }
  }
  const removals: Record<string, string> = { deleteVariant: "variants", deleteImage: "images", deleteFile: "files" }
  if (removals[intent] && /^[\w-]+$/.test(target)) {
    try {
      await asMember(studio, `${base}/${removals[intent]}/${target}`, { method: "DELETE" })
      return { intent, done: "studio.removed" }
    } catch (error) {
      const result = refused(error, { intent, target }, [])
      return { intent, target, error: (result.errors?.form as MessageKey) ?? "studio.error.refused" }
    }
  }
  return { intent, error: "studio.error.refused" }
}
