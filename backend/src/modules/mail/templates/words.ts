import type { MailLocale } from "../format"

/** One sentence in each language; templates pick the reader's. */
export type Words<T = string> = Record<MailLocale, T>

/** An order line as a reader sees it: "Guba carpet (1×1.5 m) × 2". */
export type MailLine = { title: string; variant?: string | null; quantity: number }

export const lineText = (line: MailLine) => `${line.title}${line.variant ? ` (${line.variant})` : ""} × ${line.quantity}`

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
