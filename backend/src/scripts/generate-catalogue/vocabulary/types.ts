import type { ListingKind, Localized } from "../../seed/types"

/** Russian adjectives agree with the noun: masculine, feminine, neuter, plural. */
export type Gender = "m" | "f" | "n" | "p"
export type Gendered = Record<Gender, string>

/** A product noun. `az` is the izafet form that follows a qualifier: "Quba xalçası", "tar sempl paketi". */
export type Noun = { en: string; az: string; ru: string; g: Gender }

/**
 * What goes before the noun. In Russian either an adjective that agrees with the noun
 * ("Кубинский ковёр") or a genitive that follows it ("сэмпл-пак тара").
 */
export type Qualifier = { en: string; az: string; ru: Gendered | { after: string } }

/** One kind of product per leaf category: its words, its option and its price range in AZN. */
export type Family = {
  category: string
  kind: ListingKind
  /** handles of seed creators whose shops such products belong to */
  creators: string[]
  nouns: Noun[]
  qualifiers: Qualifier[]
  option: Localized
  /** option values to pick 1–3 from; the first is the cheapest */
  values: Localized[]
  price: [number, number]
  /** rounding step of the AZN price */
  step: number
  materials?: Localized[]
  /** sentences about such products, two of which go into a description */
  sentences: Localized[]
  tags: string[]
}

const endings = {
  /** stems ending in к, г, х, ш: Кубинский, Кубинская, Кубинское, Кубинские */
  k: ["ий", "ая", "ое", "ие"],
  hard: ["ый", "ая", "ое", "ые"],
  stressed: ["ой", "ая", "ое", "ые"],
} as const

export function ruAdjective(stem: string, type: keyof typeof endings = "k"): Gendered {
  const [m, f, n, p] = endings[type]
  return { m: stem + m, f: stem + f, n: stem + n, p: stem + p }
}

export const q = (en: string, az: string, ru: Gendered | { after: string }): Qualifier => ({ en, az, ru })
export const noun = (en: string, az: string, ru: string, g: Gender): Noun => ({ en, az, ru, g })
