import { learnMessages, LOCALES, type Locale, type MessageKey, type Messages } from "./i18n"
import { az } from "./messages/az"
import { en } from "./messages/en"
import { ru } from "./messages/ru"
import { studioAz } from "./messages/studio/az"
import { studioEn } from "./messages/studio/en"
import { studioRu } from "./messages/studio/ru"

const STOREFRONT: Record<Locale, Messages> = { az, en, ru }
const STUDIO: Record<Locale, Messages> = { az: studioAz, en: studioEn, ru: studioRu }
// the one studio string the shop's own pages show (the footer's link to the studio)
const STUDIO_KEYS_ON_SHOP_PAGES: MessageKey[] = ["studio.footer.link"]

// the server answers in every language: it knows them all
for (const locale of LOCALES) learnMessages(locale, { ...STOREFRONT[locale], ...STUDIO[locale] })

export { translate } from "./i18n"

/** What a page's browser needs: its language's shop strings, and the studio's only on studio pages. */
export function messagesFor(locale: Locale, studio: boolean): Messages {
  return studio ? studioPages[locale] : shopPages[locale]
}

const perLocale = (make: (locale: Locale) => Messages) =>
  Object.fromEntries(LOCALES.map((locale) => [locale, make(locale)])) as Record<Locale, Messages>
const shopPages = perLocale((locale) => ({
  ...STOREFRONT[locale],
  ...Object.fromEntries(STUDIO_KEYS_ON_SHOP_PAGES.map((key) => [key, STUDIO[locale][key]])),
}))
const studioPages = perLocale((locale) => ({ ...STOREFRONT[locale], ...STUDIO[locale] }))
