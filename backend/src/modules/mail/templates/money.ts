import type { MailContent } from "../compose"
import { formatMoney, type MailLocale } from "../format"
import { LABELS, orderAndShop, orderNo, type Words } from "./words"

export type OrderRefundedMail = { locale: MailLocale; display_id: number; shop_name: string; amount: number; currency_code: string }

const REFUNDED: Words<{ subject: string; heading: (amount: string) => string; body: string }> = {
  az: {
    subject: "Pulunuz qaytarıldı",
    heading: (amount) => `Sizə ${amount} qaytarıldı`,
    body: "Məbləğ ödəniş etdiyiniz karta və ya hesaba qaytarılır; bankınızdan asılı olaraq bir neçə gün çəkə bilər.",
  },
  en: {
    subject: "Your refund is on its way",
    heading: (amount) => `We refunded ${amount}`,
    body: "The money goes back to the card or account you paid with; depending on your bank it may take a few days to show.",
  },
  ru: {
    subject: "Деньги возвращены",
    heading: (amount) => `Мы вернули вам ${amount}`,
    body: "Сумма вернётся на карту или счёт, с которого вы платили; в зависимости от банка это может занять несколько дней.",
  },
}

/** To the buyer: an operator refunded (part of) a shop's order. */
export function orderRefunded(data: OrderRefundedMail): MailContent {
  const l = data.locale
  const w = REFUNDED[l]
  const amount = formatMoney(data.amount, data.currency_code, l)
  return {
    locale: l,
    subject: `${w.subject} · ${LABELS.order[l]} ${orderNo(data.display_id)}`,
    heading: w.heading(amount),
    blocks: [
      { paragraph: w.body },
      {
        facts: [...orderAndShop(data, l), [LABELS.amount[l], amount]],
      },
    ],
  }
}

export type OrderCanceledMail = { locale: MailLocale; display_id: number; shop_name: string }

const CANCELED: Words<{ subject: string; heading: string; body: string }> = {
  az: {
    subject: "Sifarişiniz ləğv edildi",
    heading: "Sifarişiniz ləğv edildi",
    body: "Ödədiyiniz məbləğ geri qaytarılır və ya kartınızda saxlanılan məbləğ azad edilir. Sualınız varsa, bu məktuba cavab yazın.",
  },
  en: {
    subject: "Your order was cancelled",
    heading: "Your order was cancelled",
    body: "What you paid is refunded, or the amount held on your card is released. If you have a question, reply to this e-mail.",
  },
  ru: {
    subject: "Ваш заказ отменён",
    heading: "Ваш заказ отменён",
    body: "Оплаченная сумма возвращается, или блокировка на карте снимается. Если у вас есть вопрос, ответьте на это письмо.",
  },
}

/** To the buyer: a shop's order was cancelled. */
export function orderCanceled(data: OrderCanceledMail): MailContent {
  const l = data.locale
  const w = CANCELED[l]
  return {
    locale: l,
    subject: `${w.subject} · ${LABELS.order[l]} ${orderNo(data.display_id)}`,
    heading: w.heading,
    blocks: [
      { paragraph: w.body },
      {
        facts: [...orderAndShop(data, l)],
      },
    ],
  }
}

export type PayoutPaidMail = {
  locale: MailLocale
  shop_name: string
  amount: number
  currency_code: string
  reference: string
  balance_url: string
}

const PAID: Words<{ subject: string; heading: (amount: string) => string; body: string; reference: string; open: string }> = {
  az: {
    subject: "Ödəniş göndərildi",
    heading: (amount) => `Sizə ${amount} ödənildi`,
    body: "Satışlarınızdan qazancınız hesabınıza köçürüldü.",
    reference: "Ödəniş arayışı",
    open: "Balansa baxın",
  },
  en: {
    subject: "Payout sent",
    heading: (amount) => `We paid you ${amount}`,
    body: "Your earnings from sales have been transferred to your account.",
    reference: "Payment reference",
    open: "See your balance",
  },
  ru: {
    subject: "Выплата отправлена",
    heading: (amount) => `Мы выплатили вам ${amount}`,
    body: "Ваш доход от продаж переведён на ваш счёт.",
    reference: "Номер платежа",
    open: "Посмотреть баланс",
  },
}

/** To a creator: a payout left the marketplace. */
export function payoutPaid(data: PayoutPaidMail): MailContent {
  const l = data.locale
  const w = PAID[l]
  const amount = formatMoney(data.amount, data.currency_code, l)
  return {
    locale: l,
    subject: `${w.subject}: ${amount} · ${data.shop_name}`,
    heading: w.heading(amount),
    blocks: [
      { paragraph: w.body },
      {
        facts: [
          [LABELS.shop[l], data.shop_name],
          [LABELS.amount[l], amount],
          [w.reference, data.reference],
        ],
      },
      { action: { label: w.open, url: data.balance_url } },
    ],
  }
}
