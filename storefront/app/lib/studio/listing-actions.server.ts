import type { Locale, MessageKey } from "~/lib/i18n"
import { CreatorApiError } from "./api.server"
import { asMember, type Studio } from "./auth.server"
import { backendErrors } from "./backend-errors"
import { duplicateListing } from "./listings.server"

export type ListingActionResult = { redirect?: string; error?: MessageKey; done?: MessageKey }

const MESSAGES: Record<string, MessageKey> = {
  publish: "studio.products.published",
  unpublish: "studio.products.unpublished",
}

/** Publish, unpublish, duplicate or delete one listing (from the list or its own page). */
export async function listingAction(studio: Studio, form: FormData, locale: Locale): Promise<ListingActionResult> {
  const intent = String(form.get("intent") ?? "")
  const id = String(form.get("id") ?? "")
  if (!/^prod_\w+$/.test(id)) return { error: "studio.error.refused" }
  try {
    if (intent === "publish" || intent === "unpublish") {
      await asMember(studio, `/creator/products/${id}/${intent}`, { method: "POST", body: {} })
      return { done: MESSAGES[intent] }
    }
    if (intent === "duplicate") return { redirect: `/${locale}/studio/products/${await duplicateListing(studio, id, locale)}` }
    if (intent === "delete") {
      await asMember(studio, `/creator/products/${id}`, { method: "DELETE" })
      return { redirect: `/${locale}/studio/products` }
    }
  } catch (error) {
    if (!(error instanceof CreatorApiError) || error.status >= 500) throw error
    if (error.status === 404) throw new Response("Not found", { status: 404 })
    return { error: (backendErrors(error.message, []).form as MessageKey | undefined) ?? "studio.error.refused" }
  }
  return { error: "studio.error.refused" }
}
