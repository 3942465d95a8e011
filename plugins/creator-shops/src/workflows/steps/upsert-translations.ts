import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

/** `{ az: { bio: "…" }, ru: { bio: "…" } }`: translated fields per locale code; `null` removes that field's text. */
export type TranslationsInput = Record<string, Record<string, string | null | undefined>>

type Input = { reference: string; reference_id: string; translations: TranslationsInput }
type Undo = { created: string[]; updated: { id: string; translations: Record<string, unknown> }[] }

/** Creates or merges the Translation module's rows for one record (creator bio, product text, a shop's delivery name). */
export const upsertTranslationsStep = createStep(
  "upsert-translations",
  async (input: Input, { container }) => {
    const undo: Undo = { created: [], updated: [] }
    const locales = Object.keys(input.translations ?? {})
    if (!locales.length) return new StepResponse(undefined, undo)
    const service = container.resolve(Modules.TRANSLATION)
    const existing = await service.listTranslations({ reference_id: input.reference_id, locale_code: locales })
    for (const locale of locales) {
      const given = Object.entries(input.translations[locale]).filter(([, value]) => value !== undefined)
      const fields = Object.fromEntries(given.filter(([, value]) => value !== null))
      const row = existing.find((translation) => translation.locale_code === locale)
      if (row) {
        undo.updated.push({ id: row.id, translations: row.translations })
        // a removed field is kept as null: the module merges the JSON (a key left out stays), and
        // Medusa's store routes then read the base text (applyTranslations skips a null)
        await service.updateTranslations({ id: row.id, translations: { ...row.translations, ...Object.fromEntries(given) } })
      } else if (Object.keys(fields).length) {
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
