import { formatDate, type MailLocale } from "../format"

/** One sentence in each language; templates pick the reader's. */
export type Words<T = string> = Record<MailLocale, T>

/** An order line; a service may carry the day the buyer asked for (YYYY-MM-DD). */
export type MailLine = { title: string; variant?: string | null; quantity: number; requested_date?: string | null }

const REQUESTED: Words = { az: "istənilən tarix", en: "requested date", ru: "желаемая дата" }

/** "Guba carpet (1×1.5 m) × 2", "Tar masterclass (1 hour) × 1 · requested date: 11 December 2026" */
export const lineText = (line: MailLine, locale: MailLocale) =>
  `${line.title}${line.variant ? ` (${line.variant})` : ""} × ${line.quantity}` +
  (line.requested_date ? ` · ${REQUESTED[locale]}: ${formatDate(line.requested_date, locale)}` : "")

/** "#12" for a display number. */
export const orderNo = (display_id: number | string) => `#${display_id}`

export const LABELS = {
  order: { az: "Sifariş", en: "Order", ru: "Заказ" },
  shop: { az: "Mağaza", en: "Shop", ru: "Магазин" },
  items: { az: "Məhsullar", en: "Items", ru: "Товары" },
  total: { az: "Cəmi", en: "Total", ru: "Итого" },
  amount: { az: "Məbləğ", en: "Amount", ru: "Сумма" },
  greeting: { az: "Salam!", en: "Hello,", ru: "Здравствуйте!" },
} satisfies Record<string, Words>

/** The order's number and its shop: the first facts of every mail about a creator's order. */
export const orderAndShop = (data: { display_id: number | string; shop_name: string }, l: MailLocale): [string, string][] => [
  [LABELS.order[l], orderNo(data.display_id)],
  [LABELS.shop[l], data.shop_name],
]
