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

export type BookingConfirmedMail = {
  locale: MailLocale
  audience: "buyer" | "creator"
  display_id: number
  shop_name: string
  bookings: MailBooking[]
}

type BookingWords = { subject: string; heading: string; body: string; calendar: string; ics: string }

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
  const slots = data.bookings.map((b) => `${b.title} · ${b.resource}: ${formatSlot(b.starts_at, b.ends_at, l, b.timezone)}`)
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
    ],
  }
}
