import type { CreateTranslationDTO, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createTranslationsWorkflow } from "@medusajs/medusa/core-flows"
import { TRANSLATED_LOCALES } from "../../../markets"
import type { Localized } from "../types"

/**
 * The az and ru translation rows of one entity. `reference` is the snake_case entity name the
 * Translation module keys its settings by (product, product_variant, product_category, …).
 */
export function translationRows(
  reference: string,
  referenceId: string,
  fields: Record<string, Localized | undefined>,
): CreateTranslationDTO[] {
  const present = Object.entries(fields).filter((entry): entry is [string, Localized] => !!entry[1])
  return TRANSLATED_LOCALES.map((locale) => ({
    reference,
    reference_id: referenceId,
    locale_code: locale,
    translations: Object.fromEntries(present.map(([field, text]) => [field, text[locale]])),
  }))
}

/** Creates the rows that do not exist yet (one per entity and locale), so a re-run adds only what is missing. */
export async function saveTranslations(container: MedusaContainer, rows: CreateTranslationDTO[]) {
  if (!rows.length) return 0
  const translation = container.resolve(Modules.TRANSLATION)
  const existing = await translation.listTranslations(
    { reference_id: [...new Set(rows.map((row) => row.reference_id))], locale_code: [...TRANSLATED_LOCALES] },
    { select: ["reference_id", "locale_code"], take: null },
  )
  const known = new Set(existing.map((row) => `${row.reference_id}:${row.locale_code}`))
  const missing = rows.filter((row) => !known.has(`${row.reference_id}:${row.locale_code}`))
  if (missing.length) await createTranslationsWorkflow(container).run({ input: { translations: missing } })
  return missing.length
}
