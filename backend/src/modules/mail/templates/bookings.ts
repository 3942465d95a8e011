import type { MailContent } from "../compose"
import { formatSlot, type MailLocale } from "../format"
import { LABELS, orderAndShop, orderNo, type Words } from "./words"

export type MailBooking = {
  id: string
  /** the product booked */
  title: string
  /** the studio, room, teacher… */
  resource: string
  starts_at: string
  ends_at: string
  /** the resource's time zone: the slot is where it happens */
  timezone: string
  /** the buyer's: the .ics link and the token that cancels or moves the booking (bookings plugin) */
  ics_url?: string
  token?: string
}

/**
 * The buyer's page for their bookings: the purchase on the storefront, opened with its receipt from
 * any browser, where each booking can be moved or cancelled (docs/decisions/015 addendum).
 */
type ManageLink = { manage_url?: string }

export type BookingConfirmedMail = {
  locale: MailLocale
  audience: "buyer" | "creator"
  display_id: number
  shop_name: string
  bookings: MailBooking[]
} & ManageLink

type BookingWords = { subject: string; heading: string; body: string; calendar: string; ics: string }

const MANAGE: Words = {
  az: "Rezervasiyanı dəyişin və ya ləğv edin",
  en: "Move or cancel your booking",
  ru: "Перенести или отменить бронирование",
}

const slotLine = (b: MailBooking, l: MailLocale) => `${b.title} · ${b.resource}: ${formatSlot(b.starts_at, b.ends_at, l, b.timezone)}`

const BUYER: Words<BookingWords> = {
  az: {
    subject: "Rezervasiyanız təsdiqləndi",
    heading: "Vaxtınız sizin üçün saxlanıldı",
    body: "Ödəniş təsdiqləndi; aşağıdakı vaxt artıq sizindir.",
    calendar: "Əlavə edilmiş .ics faylı vaxtı təqviminizə əlavə edir.",
    ics: "Təqvim faylını endirin",
  },
  en: {
    subject: "Your booking is confirmed",
    heading: "Your time is booked",
    body: "Your payment is confirmed; the time below is yours.",
    calendar: "The attached .ics file adds it to your calendar.",
    ics: "Download the calendar file",
  },
  ru: {
    subject: "Бронирование подтверждено",
    heading: "Время забронировано за вами",
    body: "Оплата подтверждена; указанное ниже время за вами.",
    calendar: "Приложенный файл .ics добавит запись в ваш календарь.",
    ics: "Скачать файл календаря",
  },
}

const CREATOR: Words<BookingWords> = {
  az: {
    subject: "Yeni rezervasiya",
    heading: "Yeni rezervasiya",
    body: "Alıcı bu vaxtı sifariş etdi və ödədi.",
    calendar: "Əlavə edilmiş .ics faylı vaxtı təqviminizə əlavə edir.",
    ics: "",
  },
  en: {
    subject: "New booking",
    heading: "New booking",
    body: "A buyer booked and paid for this time.",
    calendar: "The attached .ics file adds it to your calendar.",
    ics: "",
  },
  ru: {
    subject: "Новое бронирование",
    heading: "Новое бронирование",
    body: "Покупатель забронировал и оплатил это время.",
    calendar: "Приложенный файл .ics добавит запись в ваш календарь.",
    ics: "",
  },
}

/** To the buyer and to the shop: the booked slots in the reader's language, with an .ics attached by the sender. */
export function bookingConfirmed(data: BookingConfirmedMail): MailContent {
  const l = data.locale
  const w = (data.audience === "buyer" ? BUYER : CREATOR)[l]
  const slots = data.bookings.map((b) => slotLine(b, l))
  const links = data.audience === "buyer" ? data.bookings.filter((b) => b.ics_url) : []
  return {
    locale: l,
    subject: `${w.subject} · ${LABELS.order[l]} ${orderNo(data.display_id)} · ${data.shop_name}`,
    heading: w.heading,
    blocks: [
      { paragraph: w.body },
      {
        facts: [...orderAndShop(data, l)],
      },
      { list: slots },
      { paragraph: w.calendar },
      ...links.map((b) => ({ action: { label: w.ics, url: b.ics_url! } })),
      ...(data.audience === "buyer" && data.manage_url ? [{ action: { label: MANAGE[l], url: data.manage_url } }] : []),
    ],
  }
}

export type BookingMovedMail = {
  locale: MailLocale
  audience: "buyer" | "creator"
  display_id: number
  shop_name: string
  /** the booking at its new time (the buyer's carries its .ics link) */
  booking: MailBooking
  /** the slot it left */
  from: { starts_at: string; ends_at: string }
} & ManageLink

const MOVED: Record<"buyer" | "creator", Words<{ subject: string; heading: string; body: string; from: string; to: string }>> = {
  buyer: {
    az: {
      subject: "Rezervasiyanız köçürüldü",
      heading: "Rezervasiyanız yeni vaxta köçürüldü",
      body: "Əlavə edilmiş .ics faylı təqviminizdəki qeydi yeniləyir.",
      from: "Əvvəlki vaxt",
      to: "Yeni vaxt",
    },
    en: {
      subject: "Your booking is moved",
      heading: "Your booking is moved to a new time",
      body: "The attached .ics file updates the entry in your calendar.",
      from: "Previous time",
      to: "New time",
    },
    ru: {
      subject: "Бронирование перенесено",
      heading: "Бронирование перенесено на новое время",
      body: "Приложенный файл .ics обновит запись в вашем календаре.",
      from: "Прежнее время",
      to: "Новое время",
    },
  },
  creator: {
    az: {
      subject: "Rezervasiya köçürüldü",
      heading: "Alıcı rezervasiyanı başqa vaxta köçürdü",
      body: "Köhnə vaxt artıq boşdur. Əlavə edilmiş .ics faylı təqviminizdəki qeydi yeniləyir.",
      from: "Əvvəlki vaxt",
      to: "Yeni vaxt",
    },
    en: {
      subject: "Booking moved",
      heading: "A buyer moved their booking",
      body: "The old time is free again. The attached .ics file updates the entry in your calendar.",
      from: "Previous time",
      to: "New time",
    },
    ru: {
      subject: "Бронирование перенесено",
      heading: "Покупатель перенёс бронирование",
      body: "Прежнее время снова свободно. Приложенный файл .ics обновит запись в вашем календаре.",
      from: "Прежнее время",
      to: "Новое время",
    },
  },
}

/** A booking moved by its buyer: to the buyer (new time, calendar, manage link) and to the shop (old → new). */
export function bookingMoved(data: BookingMovedMail): MailContent {
  const l = data.locale
  const w = MOVED[data.audience][l]
  const b = data.booking
  const buyer = data.audience === "buyer"
  return {
    locale: l,
    subject: `${w.subject} · ${LABELS.order[l]} ${orderNo(data.display_id)} · ${data.shop_name}`,
    heading: w.heading,
    blocks: [
      { facts: [...orderAndShop(data, l)] },
      { list: [`${b.title} · ${b.resource}`] },
      {
        facts: [
          [w.from, formatSlot(data.from.starts_at, data.from.ends_at, l, b.timezone)],
          [w.to, formatSlot(b.starts_at, b.ends_at, l, b.timezone)],
        ],
      },
      { paragraph: w.body },
      ...(buyer && b.ics_url ? [{ action: { label: BUYER[l].ics, url: b.ics_url } }] : []),
      ...(buyer && data.manage_url ? [{ action: { label: MANAGE[l], url: data.manage_url } }] : []),
    ],
  }
}

export type BookingCancelledMail = {
  locale: MailLocale
  display_id: number
  shop_name: string
  booking: MailBooking
}

const CANCELLED: Words<{ subject: string; heading: string; body: string }> = {
  az: {
    subject: "Rezervasiya ləğv edildi",
    heading: "Alıcı rezervasiyanı ləğv etdi",
    body: "Bu vaxt yenidən boşdur; alıcıya pulu sifarişin geri ödənişi ilə qaytarılır. Əlavə edilmiş .ics faylı qeydi təqviminizdən silir.",
  },
  en: {
    subject: "Booking cancelled",
    heading: "A buyer cancelled their booking",
    body: "This time is free again; the buyer is refunded through the order. The attached .ics file removes the entry from your calendar.",
  },
  ru: {
    subject: "Бронирование отменено",
    heading: "Покупатель отменил бронирование",
    body: "Это время снова свободно; покупателю вернут деньги по заказу. Приложенный файл .ics удалит запись из вашего календаря.",
  },
}

/** To the shop: a booking its buyer cancelled, so the time is free again. */
export function bookingCancelled(data: BookingCancelledMail): MailContent {
  const l = data.locale
  const w = CANCELLED[l]
  return {
    locale: l,
    subject: `${w.subject} · ${LABELS.order[l]} ${orderNo(data.display_id)} · ${data.shop_name}`,
    heading: w.heading,
    blocks: [{ facts: [...orderAndShop(data, l)] }, { list: [slotLine(data.booking, l)] }, { paragraph: w.body }],
  }
}
