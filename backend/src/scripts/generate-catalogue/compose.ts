import { createRandom, type Random } from "@creative-market/random"
import type { Localized, OptionValueSeed, ProductSeed } from "../seed/types"
import { CITIES, FAMILIES, type Family, MASTER_COMBINATIONS, masterName, MOTIFS, type Noun, type Qualifier } from "./vocabulary"

/** A demo product's shape; generated goods carry no shipping weight. */
export type GeneratedProduct = Omit<ProductSeed, "weight">

export const generatedHandle = (n: number) => `gen-${n}`

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase("ru") + text.slice(1)

/** "Quba xalçası «Buta»", "Кубинский ковёр «Бута»", "Сэмпл-пак тара «Сегях»". */
function title(qualifier: Qualifier, noun: Noun, motif: Localized): Localized {
  const ru = "after" in qualifier.ru ? `${capitalise(noun.ru)} ${qualifier.ru.after}` : `${qualifier.ru[noun.g]} ${noun.ru}`
  return { en: `${qualifier.en} ${noun.en} “${motif.en}”`, az: `${qualifier.az} ${noun.az} «${motif.az}»`, ru: `${ru} «${motif.ru}»` }
}

function description(random: Random, family: Family, material?: Localized): Localized {
  const master = masterName(random.int(0, MASTER_COMBINATIONS - 1), random.int(0, MASTER_COMBINATIONS - 1))
  const city = random.pick(CITIES)
  const first = random.int(0, family.sentences.length - 1)
  const second = (first + random.int(1, family.sentences.length - 1)) % family.sentences.length
  const [a, b] = [family.sentences[first], family.sentences[second]]
  const line = (lang: keyof Localized, by: string, made: string) =>
    [`${by}${master[lang]}, ${city[lang]}.`, a[lang], b[lang], material ? `${made}: ${material[lang].toLocaleLowerCase(lang)}.` : ""]
      .filter(Boolean)
      .join(" ")
  return { en: line("en", "By ", "Material"), az: line("az", "Müəllif — ", "Material"), ru: line("ru", "Автор — ", "Материал") }
}

const roundTo = (amount: number, step: number) => Math.max(step, Math.round(amount / step) * step)

/** 1–3 option values in order, each dearer than the last; licences are always Personal and Commercial. */
function variants(random: Random, family: Family): OptionValueSeed[] {
  const [min, max] = family.price
  const base = roundTo(min + (max - min) * random.next() ** 2, family.step)
  const count = family.values.length === 2 ? 2 : random.int(1, Math.min(3, family.values.length))
  const start = random.int(0, family.values.length - count)
  let price = base
  return family.values.slice(start, start + count).map((value, i) => {
    if (i > 0) price = roundTo(price * (1.3 + 0.5 * random.next()), family.step)
    return { value, azn: price }
  })
}

/** Product number `n` of the synthetic catalogue: the same `n` always gives the same product. */
export function composeProduct(n: number): GeneratedProduct {
  const random = createRandom(`gen-${n}`)
  const family = FAMILIES[random.int(0, FAMILIES.length - 1)]
  const noun = random.pick(family.nouns)
  const material = family.materials ? random.pick(family.materials) : undefined
  return {
    handle: generatedHandle(n),
    category: family.category,
    kind: family.kind,
    creator: random.pick(family.creators),
    title: title(random.pick(family.qualifiers), noun, random.pick(MOTIFS)),
    description: description(random, family, material),
    material,
    option: family.option,
    variants: variants(random, family),
    tags: family.tags,
  }
}
