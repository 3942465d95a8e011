/**
 * Export readiness: pure rules over one product (in the partner's language and currency) and one
 * partner market. Every reason names the field that fixes it and says so in az, en and ru.
 */
import type { FeedFormat, ItemKind } from "../modules/export-listing/types"
import { hsChapter, isHsLeaf } from "./hs"

export type Localized = { az: string; en: string; ru: string }
export type Reason = { code: string; field: string; message: Localized }

export type ReadinessPartner = {
  format: FeedFormat
  market_country: string
  currency: string
  allowed_kinds: string[]
  postal: boolean
}

export type ReadinessProfile = {
  hs_code?: string | null
  origin_country?: string | null
  production_year?: number | null
  cultural_certificate_number?: string | null
  cultural_certificate_date?: string | Date | null
  /** the certificate document (a private file); its key is enough to know it is attached */
  cultural_certificate_file_id?: string | null
  dangerous_goods?: boolean | null
}

export type ReadinessItem = {
  kind: ItemKind
  /** a service sold for a date (workshop seat, concert): a ticket to Google */
  dated?: boolean
  title: string | null
  description: string | null
  category_handles: string[]
  images: { url: string; width: number | null; height: number | null }[]
  /** the cheapest price in the partner's currency, or null when the product has none */
  price: number | null
  profile: ReadinessProfile | null
}

export type Readiness = { ready: boolean; score: number; reasons: Reason[] }

/** What each feed format's partner accepts (feeds.md §1). */
export const FORMAT_LIMITS: Record<FeedFormat, { title: number; description: number; min_image: number; kinds: ItemKind[] }> = {
  "google-xml": { title: 150, description: 5000, min_image: 500, kinds: ["physical"] },
  "meta-csv": { title: 200, description: 9999, min_image: 500, kinds: ["physical"] },
  json: { title: 500, description: 20000, min_image: 0, kinds: ["physical", "digital", "service"] },
}

/** HS chapters that make sense for each category (by handle); categories not listed are not checked. */
export const CATEGORY_CHAPTERS: Record<string, number[]> = {
  carpets: [57],
  kelagayi: [50, 61, 62, 63],
  ceramics: [69],
  "lahij-copperware": [74, 83],
  "miniature-paintings": [49, 97],
  prints: [49, 97],
  "vinyl-and-cds": [85],
}

/** Made before this year, an item is a cultural value under AZ CoM Decision 294 (2014). */
export const CULTURAL_YEAR = 1960
/** An expert-commission certificate is valid this many years. */
export const CERTIFICATE_YEARS = 5

const r = (code: string, field: string, en: string, az: string, ru: string): Reason => ({ code, field, message: { az, en, ru } })

type Check = { applies: boolean; reason: Reason | null }

/**
 * A pre-1960 item's certificate: a date less than five years old, its number and its document, each
 * missing piece named by the field that fixes it (the date first: an expired certificate needs a new
 * one, number and document included).
 */
function certificateReason(profile: ReadinessProfile, expires: Date | null, now: Date): Reason | null {
  const field = !(expires && expires > now)
    ? "cultural_certificate_date"
    : !profile.cultural_certificate_number
      ? "cultural_certificate_number"
      : !profile.cultural_certificate_file_id
        ? "cultural_certificate_file"
        : null
  if (!field) return null
  return r(
    "cultural_certificate_missing",
    field,
    "Made before 1960: attach a valid expert-commission certificate (number, date within 5 years and the document) to export it.",
    "1960-cı ildən əvvəl hazırlanıb: ixrac üçün etibarlı ekspert komissiyası sertifikatı (nömrəsi, son 5 ilin tarixi və sənədin özü) əlavə edin.",
    "Изготовлено до 1960 года: для вывоза приложите действующее заключение экспертной комиссии (номер, дата не старше 5 лет и сам документ).",
  )
}

function customsChecks(item: ReadinessItem, partner: ReadinessPartner, now: Date): Check[] {
  const profile = item.profile ?? {}
  const physical = item.kind === "physical"
  const hs = profile.hs_code ?? null
  const chapters = item.category_handles.flatMap((handle) => CATEGORY_CHAPTERS[handle] ?? [])
  const year = profile.production_year ?? null
  const certificate = profile.cultural_certificate_date ? new Date(profile.cultural_certificate_date) : null
  const expires = certificate && new Date(certificate.getFullYear() + CERTIFICATE_YEARS, certificate.getMonth(), certificate.getDate())
  return [
    {
      applies: physical,
      reason: hs
        ? null
        : r(
            "hs_missing",
            "hs_code",
            "Add the HS code (six digits of HS 2022).",
            "HS kodunu əlavə edin (HS 2022 üzrə altı rəqəm).",
            "Укажите код ТН ВЭД (HS 2022, шесть цифр).",
          ),
    },
    {
      applies: physical && !!hs,
      reason:
        hs && !isHsLeaf(hs)
          ? r(
              "hs_not_leaf",
              "hs_code",
              `HS code ${hs} is not a six-digit subheading of HS 2022.`,
              `${hs} HS kodu HS 2022-nin altırəqəmli subsərlövhəsi deyil.`,
              `Код ${hs} не является шестизначной субпозицией HS 2022.`,
            )
          : null,
    },
    {
      applies: physical && !!hs && chapters.length > 0,
      reason:
        hs && chapters.length && !chapters.includes(hsChapter(hs))
          ? r(
              "hs_category_mismatch",
              "hs_code",
              `HS chapter ${hs.slice(0, 2)} does not fit the product's category (expected chapter ${chapters.join(" or ")}).`,
              `HS fəsli ${hs.slice(0, 2)} məhsulun kateqoriyasına uyğun gəlmir (gözlənilən fəsil: ${chapters.join(" və ya ")}).`,
              `Группа HS ${hs.slice(0, 2)} не соответствует категории товара (ожидается группа ${chapters.join(" или ")}).`,
            )
          : null,
    },
    {
      applies: physical,
      reason: profile.origin_country
        ? null
        : r(
            "origin_missing",
            "origin_country",
            "Add the country of origin.",
            "Mənşə ölkəsini əlavə edin.",
            "Укажите страну происхождения.",
          ),
    },
    {
      applies: physical && year !== null && year < CULTURAL_YEAR,
      reason: year !== null && year < CULTURAL_YEAR ? certificateReason(profile, expires, now) : null,
    },
    {
      applies: physical && partner.postal,
      reason: profile.dangerous_goods
        ? r(
            "dangerous_goods_postal",
            "dangerous_goods",
            "Dangerous goods cannot be sent by post to this partner's market.",
            "Təhlükəli yüklər bu tərəfdaşın bazarına poçtla göndərilə bilməz.",
            "Опасные грузы нельзя отправить почтой на рынок этого партнёра.",
          )
        : null,
    },
  ]
}

function listingChecks(item: ReadinessItem, partner: ReadinessPartner): Check[] {
  const limits = FORMAT_LIMITS[partner.format]
  const kindAllowed =
    partner.allowed_kinds.includes(item.kind) && limits.kinds.includes(item.kind) && !(item.dated && partner.format !== "json")
  const small = limits.min_image
    ? item.images.filter((i) => i.width !== null && i.height !== null && (i.width < limits.min_image || i.height < limits.min_image))
    : []
  const currency = partner.currency.toUpperCase()
  return [
    {
      applies: true,
      reason: kindAllowed
        ? null
        : r(
            "kind_not_allowed",
            "kind",
            `This partner does not accept ${item.dated ? "tickets" : `${item.kind} items`}.`,
            `Bu tərəfdaş ${item.dated ? "biletləri" : { physical: "fiziki məhsulları", digital: "rəqəmsal məhsulları", service: "xidmətləri" }[item.kind]} qəbul etmir.`,
            `Этот партнёр не принимает ${item.dated ? "билеты" : { physical: "физические товары", digital: "цифровые товары", service: "услуги" }[item.kind]}.`,
          ),
    },
    {
      applies: true,
      reason: item.images.length
        ? null
        : r("image_missing", "images", "Add at least one image.", "Ən azı bir şəkil əlavə edin.", "Добавьте хотя бы одно изображение."),
    },
    {
      applies: limits.min_image > 0 && item.images.length > 0,
      reason: small.length
        ? r(
            "image_too_small",
            "images",
            `${small.length} image(s) are smaller than ${limits.min_image}×${limits.min_image} px: upload larger ones.`,
            `${small.length} şəkil ${limits.min_image}×${limits.min_image} pikseldən kiçikdir: daha böyüklərini yükləyin.`,
            `Изображений меньше ${limits.min_image}×${limits.min_image} пикселей: ${small.length}. Загрузите более крупные.`,
          )
        : null,
    },
    {
      applies: true,
      reason: !item.title
        ? r(
            "title_missing",
            "title",
            "Add a title in the partner's language.",
            "Tərəfdaşın dilində başlıq əlavə edin.",
            "Добавьте название на языке партнёра.",
          )
        : item.title.length > limits.title
          ? r(
              "title_too_long",
              "title",
              `The title is longer than ${limits.title} characters.`,
              `Başlıq ${limits.title} simvoldan uzundur.`,
              `Название длиннее ${limits.title} символов.`,
            )
          : null,
    },
    {
      applies: true,
      reason:
        (item.description ?? "").length > limits.description
          ? r(
              "description_too_long",
              "description",
              `The description is longer than ${limits.description} characters.`,
              `Təsvir ${limits.description} simvoldan uzundur.`,
              `Описание длиннее ${limits.description} символов.`,
            )
          : null,
    },
    {
      applies: true,
      reason:
        item.price === null
          ? r("price_missing", "prices", `Set a price in ${currency}.`, `${currency} ilə qiymət təyin edin.`, `Укажите цену в ${currency}.`)
          : null,
    },
  ]
}

/** Ready or not for one partner market, a 0–100 score (share of checks passed) and every reason. */
export function computeReadiness(item: ReadinessItem, partner: ReadinessPartner, now = new Date()): Readiness {
  const checks = [...listingChecks(item, partner), ...customsChecks(item, partner, now)].filter((check) => check.applies)
  const reasons = checks.flatMap((check) => (check.reason ? [check.reason] : []))
  const score = Math.round((100 * (checks.length - reasons.length)) / checks.length)
  return { ready: reasons.length === 0, score, reasons }
}
