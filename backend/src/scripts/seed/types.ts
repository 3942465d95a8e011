import type { Currency, Locale } from "../../markets"

/** The catalogue languages are the markets' locales (src/markets.ts). */
export { LOCALES as LANGUAGES } from "../../markets"
export type Language = Locale
export type Localized = Record<Language, string>

export type ListingKind = "physical" | "digital" | "service"
export type Programme = "music" | "gametech" | "cultech" | "crafts" | "other"

export type CategorySeed = {
  handle: string
  name: Localized
  description: Localized
  /** handle of the parent category; top-level categories have none */
  parent?: string
}

export type CreatorSeed = {
  handle: string
  name: string
  programme: Programme
  legal_type: "individual" | "company"
  country: "AZ"
  city: string
  bio: Localized
}

/** One value of a product option, e.g. "Personal" of "Licence". */
export type OptionValueSeed = {
  value: Localized
  /** price in AZN; the other currencies are derived unless given */
  azn: number
} & Partial<Record<Currency, number>> & {
    /** units in the Baku stock location (physical goods only) */
    stock?: number
  }

export type ProductSeed = {
  handle: string
  category: string
  kind: ListingKind
  creator: string
  title: Localized
  description: Localized
  tags: string[]
  option: Localized
  variants: OptionValueSeed[]
  material?: Localized
  /** grams, physical goods only */
  weight?: number
}

export type ServiceTerms = { delivery: "remote" | "onsite" | "both"; lead_time_days: number; date_required: boolean }
