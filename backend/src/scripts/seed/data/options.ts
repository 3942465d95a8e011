import type { Localized, OptionValueSeed } from "../types"

export const l = (en: string, az: string, ru: string): Localized => ({ en, az, ru })

/** Option titles the products share; each product has exactly one option. */
export const OPTIONS = {
  size: l("Size", "Ölçü", "Размер"),
  colour: l("Colour", "Rəng", "Цвет"),
  format: l("Format", "Format", "Формат"),
  edition: l("Edition", "Nüsxə", "Издание"),
  set: l("Set", "Dəst", "Комплект"),
  licence: l("Licence", "Lisenziya", "Лицензия"),
  duration: l("Duration", "Müddət", "Длительность"),
  delivery: l("Delivery", "Keçirilmə forması", "Формат проведения"),
  scope: l("Scope", "Həcm", "Объём"),
}

/** Carpet and scarf sizes: Azerbaijani writes centimetres "sm", Russian "см". */
export const cm = (w: number, h: number): Localized => l(`${w} × ${h} cm`, `${w} × ${h} sm`, `${w} × ${h} см`)

export const VALUES = {
  personal: l("Personal", "Şəxsi", "Личная"),
  commercial: l("Commercial", "Kommersiya", "Коммерческая"),
  remote: l("Remote", "Onlayn", "Онлайн"),
  onsite: l("On-site", "Əyani", "Очно"),
  oneHour: l("1 hour", "1 saat", "1 час"),
  fourHours: l("4 hours", "4 saat", "4 часа"),
  original: l("Original", "Orijinal", "Оригинал"),
  fineArtPrint: l("Fine-art print", "Bədii çap", "Художественная печать"),
  vinyl: l("Vinyl LP", "Vinil LP", "Винил LP"),
  cd: l("CD", "CD", "CD"),
  a3: l("A3", "A3", "A3"),
  a2: l("A2", "A2", "A2"),
  single: l("Single piece", "Tək əd.", "Одна штука"),
  small: l("Small", "Kiçik", "Малый"),
  large: l("Large", "Böyük", "Большой"),
}

/** The two licence tiers every digital product is sold in. */
export function licences(personal: number, commercial: number): OptionValueSeed[] {
  return [
    { value: VALUES.personal, azn: personal },
    { value: VALUES.commercial, azn: commercial },
  ]
}

/** Remote and on-site variants of a class or service. */
export function remoteOrOnsite(remote: number, onsite: number): OptionValueSeed[] {
  return [
    { value: VALUES.remote, azn: remote },
    { value: VALUES.onsite, azn: onsite },
  ]
}

/** One-hour and four-hour variants of a booking. */
export function hours(one: number, four: number): OptionValueSeed[] {
  return [
    { value: VALUES.oneHour, azn: one },
    { value: VALUES.fourHours, azn: four },
  ]
}

export const MATERIALS = {
  wool: l("Hand-spun wool, natural dyes", "Əl ilə əyrilmiş yun, təbii boyalar", "Шерсть ручного прядения, натуральные красители"),
  woolOnCotton: l("Wool pile on cotton warp", "Pambıq əriş üzərində yun xov", "Шерстяной ворс на хлопковой основе"),
  silk: l("Natural silk", "Təbii ipək", "Натуральный шёлк"),
  stoneware: l("Glazed stoneware", "Şirli keramika", "Глазурованная керамика"),
  terracotta: l("Terracotta", "Terrakota", "Терракота"),
  copper: l("Hand-hammered copper, tin-lined", "Əl ilə döyülmüş mis, içi qalaylanmış", "Кованая медь, лужёная изнутри"),
  pigments: l("Mineral pigments and gold on paper", "Kağız üzərində mineral boyalar və qızıl", "Минеральные пигменты и золото на бумаге"),
  paper: l("Cotton rag paper", "Pambıq kağız", "Хлопковая бумага"),
  vinyl: l("Vinyl and printed card sleeve", "Vinil və çap olunmuş karton üzlük", "Винил и печатный картонный конверт"),
}
