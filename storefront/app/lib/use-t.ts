import { useParams } from "react-router"
import { DEFAULT_LOCALE, isLocale, translate, type Locale, type MessageKey } from "./i18n"

export function useLocale(): Locale {
  const { locale } = useParams()
  return isLocale(locale) ? locale : DEFAULT_LOCALE
}

/** The translate function for the page's locale. */
export function useT() {
  const locale = useLocale()
  return (key: MessageKey, values?: Record<string, string | number>) => translate(locale, key, values)
}
