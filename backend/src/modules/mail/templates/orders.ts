import type { MailContent } from "../compose"
import { formatDate, formatMoney, type MailLocale } from "../format"
import { LABELS, lineText, type MailLine, orderAndShop, orderNo, type Words } from "./words"

export type OrderPlacedMail = {
  locale: MailLocale
  display_id: number
  shop_name: string
  currency_code: string
  total: number
  items: MailLine[]
  /** where the physical items go; null when the order holds none */
  shipping_address: string[] | null
  studio_url: string
}

const PLACED: Words<{ subject: string; heading: string; intro: string; ship: string; none: string; open: string }> = {
  az: {
    subject: "Yeni sifariş",
    heading: "Mağazanıza yeni sifariş gəldi",
    intro: "Alıcı ödənişi təsdiqlədi. Sifarişi studiyada açın və hazırlamağa başlayın.",
    ship: "Çatdırılma ünvanı",
    none: "Bu sifarişdə göndəriləcək fiziki məhsul yoxdur.",
    open: "Sifarişi studiyada açın",
  },
  en: {
    subject: "New order",
    heading: "Your shop has a new order",
    intro: "The buyer's payment is authorised. Open the order in your studio and start preparing it.",
    ship: "Ship to",
    none: "Nothing in this order needs to be shipped.",
    open: "Open the order in your studio",
  },
  ru: {
    subject: "Новый заказ",
    heading: "В вашем магазине новый заказ",
    intro: "Покупатель подтвердил оплату. Откройте заказ в студии и начните его готовить.",
    ship: "Адрес доставки",
    none: "В этом заказе нет физических товаров для отправки.",
    open: "Открыть заказ в студии",
  },
}

/** To a creator: their part of a purchase (never the other shops' lines). */
export function orderPlaced(data: OrderPlacedMail): MailContent {
  const w = PLACED[data.locale]
  const l = data.locale
  return {
    locale: l,
    subject: `${w.subject} ${orderNo(data.display_id)} · ${data.shop_name}`,
    heading: w.heading,
    blocks: [
      { paragraph: w.intro },
      {
        facts: [...orderAndShop(data, l), [LABELS.total[l], formatMoney(data.total, data.currency_code, l)]],
      },
      { paragraph: `${LABELS.items[l]}:` },
      { list: data.items.map((line) => lineText(line, l)) },
      data.shipping_address ? { facts: [[w.ship, data.shipping_address.join("\n")]] } : { paragraph: w.none },
      { action: { label: w.open, url: data.studio_url } },
    ],
  }
}

export type OrderShippedMail = {
  locale: MailLocale
  display_id: number
  shop_name: string
  carrier: string
  tracking_number: string
  tracking_url?: string | null
  items: MailLine[]
}

const SHIPPED: Words<{ subject: string; heading: (shop: string) => string; carrier: string; tracking: string; track: string }> = {
  az: {
    subject: "Sifarişiniz yola düşdü",
    heading: (shop) => `${shop} sifarişinizi göndərdi`,
    carrier: "Daşıyıcı",
    tracking: "İzləmə nömrəsi",
    track: "Bağlamanı izləyin",
  },
  en: {
    subject: "Your order is on its way",
    heading: (shop) => `${shop} has shipped your order`,
    carrier: "Carrier",
    tracking: "Tracking number",
    track: "Track the parcel",
  },
  ru: {
    subject: "Ваш заказ отправлен",
    heading: (shop) => `${shop} отправил(а) ваш заказ`,
    carrier: "Перевозчик",
    tracking: "Трек-номер",
    track: "Отследить посылку",
  },
}

/** To the buyer: a shop shipped its physical items, with carrier and tracking number. */
export function orderShipped(data: OrderShippedMail): MailContent {
  const w = SHIPPED[data.locale]
  const l = data.locale
  return {
    locale: l,
    subject: `${w.subject} · ${LABELS.order[l]} ${orderNo(data.display_id)}`,
    heading: w.heading(data.shop_name),
    blocks: [
      {
        facts: [
          [LABELS.order[l], orderNo(data.display_id)],
          [w.carrier, data.carrier],
          [w.tracking, data.tracking_number],
        ],
      },
      { list: data.items.map((line) => lineText(line, l)) },
      ...(data.tracking_url ? [{ action: { label: w.track, url: data.tracking_url } }] : []),
    ],
  }
}

export type ServiceConfirmedMail = {
  locale: MailLocale
  display_id: number
  shop_name: string
  service: string
  /** the agreed day (YYYY-MM-DD or an ISO time) */
  service_date: string
  note?: string | null
}

const CONFIRMED: Words<{ subject: string; heading: (shop: string) => string; service: string; date: string; note: string }> = {
  az: {
    subject: "Xidmətiniz təsdiqləndi",
    heading: (shop) => `${shop} xidmətin tarixini təsdiqlədi`,
    service: "Xidmət",
    date: "Tarix",
    note: "Qeyd",
  },
  en: {
    subject: "Your service is confirmed",
    heading: (shop) => `${shop} confirmed the date of your service`,
    service: "Service",
    date: "Date",
    note: "Note",
  },
  ru: {
    subject: "Услуга подтверждена",
    heading: (shop) => `${shop} подтвердил(а) дату услуги`,
    service: "Услуга",
    date: "Дата",
    note: "Примечание",
  },
}

/** To the buyer: the creator confirmed a service's date (and maybe left a note). */
export function serviceConfirmed(data: ServiceConfirmedMail): MailContent {
  const w = CONFIRMED[data.locale]
  const l = data.locale
  const facts: [string, string][] = [
    [LABELS.order[l], orderNo(data.display_id)],
    [w.service, data.service],
    [w.date, formatDate(data.service_date, l)],
  ]
  if (data.note) facts.push([w.note, data.note])
  return {
    locale: l,
    subject: `${w.subject} · ${LABELS.order[l]} ${orderNo(data.display_id)}`,
    heading: w.heading(data.shop_name),
    blocks: [{ facts }],
  }
}

export type PurchasePlacedMail = {
  locale: MailLocale
  /** the purchase's number, the one the storefront shows */
  display_id: number
  currency_code: string
  total: number
  /** each shop's part of the purchase */
  shops: { shop_name: string; items: MailLine[] }[]
  /** the purchase on the storefront, with its receipt: opens it from any browser (docs/decisions/056) */
  purchase_url?: string
}

const PURCHASE: Words<{ subject: string; heading: string; intro: string; purchase: string; next: string; open: string }> = {
  az: {
    subject: "Sifarişiniz qəbul edildi",
    heading: "Təşəkkür edirik, sifarişiniz qəbul edildi",
    intro: "Hər mağaza öz hissəsini hazırlayır.",
    purchase: "Alış",
    next: "Məhsul göndəriləndə və ya xidmət təsdiqlənəndə sizə yazacağıq; rəqəmsal məhsulların linkləri ayrıca məktubla gəlir.",
    open: "Alışınıza baxın",
  },
  en: {
    subject: "Your order is placed",
    heading: "Thank you, your order is placed",
    intro: "Each shop prepares its own part.",
    purchase: "Purchase",
    next: "We will write when something ships or a service is confirmed; download links for digital goods come in their own e-mail.",
    open: "View your purchase",
  },
  ru: {
    subject: "Ваш заказ принят",
    heading: "Спасибо, ваш заказ принят",
    intro: "Каждый магазин готовит свою часть.",
    purchase: "Покупка",
    next: "Мы напишем, когда товар будет отправлен или услуга подтверждена; ссылки на цифровые товары придут отдельным письмом.",
    open: "Посмотреть покупку",
  },
}

/** To the buyer: the whole purchase, one part per shop, as the confirmation page shows it. */
export function purchasePlaced(data: PurchasePlacedMail): MailContent {
  const w = PURCHASE[data.locale]
  const l = data.locale
  return {
    locale: l,
    subject: `${w.subject} · ${w.purchase} ${orderNo(data.display_id)}`,
    heading: w.heading,
    blocks: [
      { paragraph: w.intro },
      {
        facts: [
          [w.purchase, orderNo(data.display_id)],
          [LABELS.total[l], formatMoney(data.total, data.currency_code, l)],
        ],
      },
      ...data.shops.flatMap((shop) => [
        { paragraph: `${LABELS.shop[l]}: ${shop.shop_name}` },
        { list: shop.items.map((line) => lineText(line, l)) },
      ]),
      { paragraph: w.next },
      ...(data.purchase_url ? [{ action: { label: w.open, url: data.purchase_url } }] : []),
    ],
  }
}
