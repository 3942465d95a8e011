import type { MailLocale } from "./format"

/**
 * What a template returns: words and facts, never markup. `compose` turns it into the plain-text
 * and the HTML part of one e-mail, escaping every value, so a product title, a note or an address
 * typed by someone can never become HTML in the reader's mail client.
 */
export type MailBlock =
  { paragraph: string } | { facts: [label: string, value: string][] } | { list: string[] } | { action: { label: string; url: string } }

export type MailContent = { locale: MailLocale; subject: string; heading: string; blocks: MailBlock[] }
export type ComposedMail = { subject: string; text: string; html: string }

const FOOTER: Record<MailLocale, string> = {
  az: "Creative Market — Azərbaycanın yaradıcı sənaye mərkəzinin marketi. Bu məktub avtomatik göndərilib.",
  en: "Creative Market — the marketplace of Azerbaijan's creative-industries centre. This message was sent automatically.",
  ru: "Creative Market — маркетплейс центра креативных индустрий Азербайджана. Это письмо отправлено автоматически.",
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!)
}

/** Only http(s) links reach a mail (a `javascript:` URL in data would otherwise become a link). */
function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : "#"
}

function textBlock(block: MailBlock): string {
  if ("paragraph" in block) return block.paragraph
  if ("facts" in block) return block.facts.map(([label, value]) => `${label}: ${value}`).join("\n")
  if ("list" in block) return block.list.map((line) => `- ${line}`).join("\n")
  return `${block.action.label}:\n${safeUrl(block.action.url)}`
}

const P = 'style="margin:0 0 16px;line-height:1.5"'

function htmlBlock(block: MailBlock): string {
  if ("paragraph" in block) return `<p ${P}>${escapeHtml(block.paragraph).replace(/\n/g, "<br>")}</p>`
  if ("facts" in block) {
    const rows = block.facts
      .map(
        ([label, value]) =>
          `<tr><th align="left" style="padding:4px 12px 4px 0;color:#57534e;font-weight:normal">${escapeHtml(label)}</th>` +
          `<td style="padding:4px 0">${escapeHtml(value).replace(/\n/g, "<br>")}</td></tr>`,
      )
      .join("")
    return `<table role="presentation" style="margin:0 0 16px;border-collapse:collapse">${rows}</table>`
  }
  if ("list" in block)
    return `<ul style="margin:0 0 16px;padding-left:20px">${block.list.map((l) => `<li>${escapeHtml(l)}</li>`).join("")}</ul>`
  const url = escapeHtml(safeUrl(block.action.url))
  return (
    `<p ${P}><a href="${url}" style="display:inline-block;padding:10px 18px;background:#1c1917;color:#fff;border-radius:6px;text-decoration:none">${escapeHtml(block.action.label)}</a></p>` +
    `<p ${P}><small style="color:#57534e">${url}</small></p>`
  )
}

/** The text and HTML parts of one e-mail from a template's words. */
export function compose(content: MailContent): ComposedMail {
  const text = [content.heading, ...content.blocks.map(textBlock), "--", FOOTER[content.locale]].join("\n\n") + "\n"
  const html =
    `<!doctype html><html lang="${content.locale}"><head><meta charset="utf-8"><title>${escapeHtml(content.subject)}</title></head>` +
    `<body style="margin:0;padding:24px;background:#fafaf9;font-family:Arial,Helvetica,sans-serif;color:#1c1917">` +
    `<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px;border-radius:8px">` +
    `<h1 style="font-size:20px;margin:0 0 16px">${escapeHtml(content.heading)}</h1>` +
    content.blocks.map(htmlBlock).join("") +
    `<p style="margin:24px 0 0;font-size:12px;color:#78716c">${escapeHtml(FOOTER[content.locale])}</p></div></body></html>`
  return { subject: content.subject, text, html }
}
