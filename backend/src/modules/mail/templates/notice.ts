import type { MailBlock, MailContent } from "../compose"
import { mailLocale } from "../format"
import type { Words } from "./words"

const NOTICE: Words<{ subject: string; heading: string }> = {
  az: { subject: "Creative Market bildirişi", heading: "Sizin üçün bildiriş" },
  en: { subject: "A notice from Creative Market", heading: "A notice for you" },
  ru: { subject: "Уведомление Creative Market", heading: "Уведомление для вас" },
}

const label = (key: string) => key.replace(/_/g, " ").replace(/^./, (c) => c.toUpperCase())

/**
 * A template no one wrote yet (a plugin's own notification): its plain values as facts and its
 * links as buttons, so the mail still says something rather than failing the workflow that sent it.
 */
export function notice(template: string, data: Record<string, unknown>): MailContent {
  const l = mailLocale(data.locale)
  const entries = Object.entries(data).filter(([key, value]) => key !== "locale" && ["string", "number"].includes(typeof value))
  const links = entries.filter(([key, value]) => key.endsWith("_url") && /^https?:\/\//.test(String(value)))
  const facts = entries.filter(([key]) => !key.endsWith("_url")).map(([key, value]): [string, string] => [label(key), String(value)])
  const blocks: MailBlock[] = [{ facts: [["Template", template], ...facts] }]
  for (const [key, value] of links) blocks.push({ action: { label: label(key), url: String(value) } })
  return { locale: l, subject: NOTICE[l].subject, heading: NOTICE[l].heading, blocks }
}
