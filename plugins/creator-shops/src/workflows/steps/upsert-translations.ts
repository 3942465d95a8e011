import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** `{ az: { bio: "…" }, ru: { bio: "…" } }`: translated fields per locale code. */
export type TranslationsInput = Record<string, Record<string, string | null | undefined>>

type Input = { reference: string; reference_id: string; translations: TranslationsInput }
type Undo = { created: string[]; updated: { id: string; translations: Record<string, unknown> }[] }

/** Creates or merges the Translation module's rows for one record (creator bio, product text). */
export const upsertTranslationsStep = createStep(
  "upsert-translations",
  async (input: Input, { container }) => {
    const undo: Undo = { created: [], updated: [] }
    const locales = Object.keys(input.translations ?? {})
    if (!locales.length) return new StepResponse(undefined, undo)
    const service = container.resolve(Modules.TRANSLATION)
    const existing = await service.listTranslations({ reference_id: input.reference_id, locale_code: locales })
    for (const locale of locales) {
      const fields = Object.fromEntries(Object.entries(input.translations[locale]).filter(([, value]) => value != null))
      const row = existing.find((translation) => translation.locale_code === locale)
      if (row) {
        undo.updated.push({ id: row.id, translations: row.translations })
        await service.updateTranslations({ id: row.id, translations: { ...row.translations, ...fields } })
      } else {
        const created = await service.createTranslations({
          reference: input.reference,
          reference_id: input.reference_id,
          locale_code: locale,
          translations: fields,
        })
        undo.created.push(created.id)
      }
    }
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const service = container.resolve(Modules.TRANSLATION)
    if (undo.created.length) await service.deleteTranslations(undo.created)
    for (const row of undo.updated) await service.updateTranslations(row)
  },
)
