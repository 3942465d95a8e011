import type { MailContent } from "../compose"
import { formatDate, mailLocale } from "../format"
import { LABELS, type Words } from "./words"

// The creator-shops plugin's notifications (invites, decisions, downloads). They carry no language
// yet, so they are written in Azerbaijani unless their data names one.

export type CreatorInviteMail = { locale?: string; role: string; accept_url: string; expires_at: string }

const INVITE: Words<{ subject: string; body: (role: string) => string; until: string; action: string; roles: Record<string, string> }> = {
  az: {
    subject: "Sizi Creative Market-də mağazaya dəvət edirlər",
    body: (role) => `Sizi Creative Market-də bir mağazanın komandasına ${role} kimi dəvət ediblər.`,
    until: "Dəvət bu tarixədək etibarlıdır",
    action: "Dəvəti qəbul edin",
    roles: { owner: "sahib", staff: "əməkdaş" },
  },
  en: {
    subject: "You are invited to a shop on Creative Market",
    body: (role) => `You are invited to join a shop's team on Creative Market as ${role}.`,
    until: "The invitation is valid until",
    action: "Accept the invitation",
    roles: { owner: "owner", staff: "staff" },
  },
  ru: {
    subject: "Вас приглашают в магазин на Creative Market",
    body: (role) => `Вас приглашают в команду магазина на Creative Market как ${role}.`,
    until: "Приглашение действует до",
    action: "Принять приглашение",
    roles: { owner: "владельца", staff: "сотрудника" },
  },
}

export function creatorInvite(data: CreatorInviteMail): MailContent {
  const l = mailLocale(data.locale)
  const w = INVITE[l]
  return {
    locale: l,
    subject: w.subject,
    heading: w.subject,
    blocks: [
      { paragraph: w.body(w.roles[data.role] ?? data.role) },
      { facts: [[w.until, formatDate(data.expires_at, l)]] },
      { action: { label: w.action, url: data.accept_url } },
    ],
  }
}

export type DigitalDownloadsMail = {
  locale?: string
  order_id: string
  links: { filename: string; url: string; expires_at?: string | null; downloads_left?: number }[]
}

const DOWNLOADS: Words<{ subject: string; body: string; left: (n: number) => string }> = {
  az: {
    subject: "Yükləmələriniz hazırdır",
    body: "Aldığınız rəqəmsal məhsullar aşağıdakı keçidlərdədir.",
    left: (n) => `${n} yükləmə qalıb`,
  },
  en: {
    subject: "Your downloads are ready",
    body: "The digital goods you bought are at the links below.",
    left: (n) => `${n} downloads left`,
  },
  ru: {
    subject: "Ваши файлы готовы",
    body: "Купленные цифровые товары доступны по ссылкам ниже.",
    left: (n) => `осталось скачиваний: ${n}`,
  },
}

export function digitalDownloads(data: DigitalDownloadsMail): MailContent {
  const l = mailLocale(data.locale)
  const w = DOWNLOADS[l]
  const label = (link: DigitalDownloadsMail["links"][number]) =>
    [link.filename, link.downloads_left !== undefined ? w.left(link.downloads_left) : null].filter(Boolean).join(" · ")
  return {
    locale: l,
    subject: w.subject,
    heading: w.subject,
    blocks: [{ paragraph: w.body }, ...data.links.map((link) => ({ action: { label: label(link), url: link.url } }))],
  }
}

export type DecisionMail = { locale?: string; shop_name: string; product_title?: string; reason?: string | null }

type Decision = { subject: (name: string) => string; body: string }
const REASON: Words = { az: "Səbəb", en: "Reason", ru: "Причина" }

const DECISIONS: Record<string, Words<Decision>> = {
  "creator-approved": {
    az: { subject: (n) => `${n} mağazası təsdiqləndi`, body: "Mağazanız açıqdır: məhsullarınızı əlavə edib satmağa başlaya bilərsiniz." },
    en: { subject: (n) => `${n} is approved`, body: "Your shop is open: add your listings and start selling." },
    ru: { subject: (n) => `Магазин ${n} одобрен`, body: "Ваш магазин открыт: добавляйте товары и начинайте продавать." },
  },
  "creator-rejected": {
    az: { subject: (n) => `${n} mağazası təsdiqlənmədi`, body: "Müraciətinizi hələlik təsdiqləyə bilmədik." },
    en: { subject: (n) => `${n} was not approved`, body: "We could not approve your application this time." },
    ru: { subject: (n) => `Магазин ${n} не одобрен`, body: "Пока мы не можем одобрить вашу заявку." },
  },
  "creator-suspended": {
    az: { subject: (n) => `${n} mağazası dayandırıldı`, body: "Mağazanız müvəqqəti olaraq satışdan çıxarılıb." },
    en: { subject: (n) => `${n} is suspended`, body: "Your shop has been taken off sale for now." },
    ru: { subject: (n) => `Магазин ${n} приостановлен`, body: "Ваш магазин временно снят с продажи." },
  },
  "listing-approved": {
    az: { subject: (n) => `"${n}" satışa çıxdı`, body: "Məhsulunuz yoxlanıldı və artıq mağazada görünür." },
    en: { subject: (n) => `"${n}" is on sale`, body: "Your listing was reviewed and is now visible in the shop." },
    ru: { subject: (n) => `«${n}» в продаже`, body: "Ваш товар проверен и теперь виден в магазине." },
  },
  "listing-rejected": {
    az: { subject: (n) => `"${n}" dərc olunmadı`, body: "Məhsulunuz yoxlamadan keçmədi; düzəldib yenidən göndərin." },
    en: { subject: (n) => `"${n}" was not published`, body: "Your listing did not pass review; fix it and submit it again." },
    ru: { subject: (n) => `«${n}» не опубликован`, body: "Товар не прошёл проверку; исправьте его и отправьте снова." },
  },
}

/** An operator's decision about a shop (`creator-<status>`) or a listing (`listing-<status>`). */
export function decision(template: string, data: DecisionMail): MailContent {
  const l = mailLocale(data.locale)
  const w = DECISIONS[template][l]
  const subject = w.subject(data.product_title ?? data.shop_name)
  const blocks: MailContent["blocks"] = [{ paragraph: w.body }, { facts: [[LABELS.shop[l], data.shop_name]] }]
  if (data.reason) blocks.push({ facts: [[REASON[l], data.reason]] })
  return { locale: l, subject, heading: subject, blocks }
}
