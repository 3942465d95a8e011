/**
 * Money, dates and times in the reader's language, from the package the storefront formats with
 * (packages/format): an e-mail reads the same as the page the buyer saw.
 */
export { formatDate, formatMoney, formatSlotRange as formatSlot } from "@creative-market/format"

export const MAIL_LOCALES = ["az", "en", "ru"] as const
export type MailLocale = (typeof MAIL_LOCALES)[number]

/** The reader's language from a BCP 47 tag such as `ru-RU` or `en`; Azerbaijani when unknown. */
export function mailLocale(tag: unknown): MailLocale {
  const language = typeof tag === "string" ? tag.trim().toLowerCase().split(/[-_]/)[0] : ""
  return (MAIL_LOCALES as readonly string[]).includes(language) ? (language as MailLocale) : "az"
}
