import type { MessageKey } from "./i18n"

/**
 * The option titles the backend gives a listing whose creator named none (creator-shops'
 * DEFAULT_OPTION_TITLE), stored in English and without translations: shown in the reader's language.
 */
const DEFAULT_TITLES: Record<string, MessageKey> = {
  Variant: "option.default.variant",
  Licence: "option.default.licence",
  Package: "option.default.package",
}

/** An option's title as shown: a default one in the reader's language, any other as its creator wrote it. */
export function optionTitle(title: string, t: (key: MessageKey) => string): string {
  const key = DEFAULT_TITLES[title]
  return key ? t(key) : title
}
