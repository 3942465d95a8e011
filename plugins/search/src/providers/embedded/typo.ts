import type { SearchTypes } from "@medusajs/framework/types"
import type { TypoBudget } from "./options"
import type { QueryUnit } from "./synonyms"

/** A lexeme of the query, as the text search configuration produced it, and what the vocabulary knows of it. */
export type QueryWord = {
  word: string
  /** The typeahead word (`match_strategy: "last"`): matched as a prefix. */
  prefix: boolean
  /** The vocabulary holds this exact word. */
  exact: boolean
  /** The vocabulary holds a word starting with it. */
  prefixed: boolean
  /** Where it stands in the query (1-based, as in a tsvector), which multi-word synonym keys read. */
  positions: number[]
}

export type Candidate = { word: string; doc_count: number }
export type Alternative = { term: string; prefix: boolean }

const NOT_A_PLAIN_WORD = /[0-9\p{P}\p{S}]/u
const chars = (text: string) => Array.from(text)

/** A word is rewritten only when it is long enough for a typo and nothing in the index spells it. */
export function needsCorrection(word: QueryWord, budget: TypoBudget | undefined): boolean {
  const length = chars(word.word).length
  if (!budget || length < 3 || budget(length) === 0 || NOT_A_PLAIN_WORD.test(word.word)) {
    return false
  }
  return !(word.prefix ? word.prefixed : word.exact)
}

/** Optimal-string-alignment distance (a transposition costs one, like Meilisearch), capped at `max + 1`. */
export function editDistance(a: string, b: string, max: number): number {
  const s = chars(a)
  const t = chars(b)
  if (Math.abs(s.length - t.length) > max) {
    return max + 1
  }
  let prev2: number[] = []
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j)
  for (let i = 1; i <= s.length; i++) {
    const row = [i]
    let best = i
    for (let j = 1; j <= t.length; j++) {
      const cost = s[i - 1] === t[j - 1] ? 0 : 1
      let value = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost)
      if (i > 1 && j > 1 && s[i - 1] === t[j - 2] && s[i - 2] === t[j - 1]) {
        value = Math.min(value, prev2[j - 2] + 1)
      }
      row.push(value)
      best = Math.min(best, value)
    }
    if (best > max) {
      return max + 1
    }
    prev2 = prev
    prev = row
  }
  return prev[t.length]
}

/**
 * Keeps the vocabulary words within the word's typo budget, closest first. A
 * typeahead word is compared with each candidate's beginnings, so "xarpe"
 * becomes the prefix "carpe" and still finds "carpets".
 */
export function chooseAlternatives(word: QueryWord, candidates: Candidate[], budget: TypoBudget, limit: number): Alternative[] {
  const length = chars(word.word).length
  const allowed = budget(length)
  const scored = new Map<string, { distance: number; count: number; prefix: boolean }>()
  for (const candidate of candidates) {
    const letters = chars(candidate.word)
    const lengths = word.prefix
      ? Array.from({ length: 2 * allowed + 1 }, (_, i) => length - allowed + i).filter((l) => l > 0 && l <= letters.length)
      : [letters.length]
    for (const cut of lengths) {
      const term = letters.slice(0, cut).join("")
      const distance = editDistance(word.word, term, allowed)
      const known = scored.get(term)
      if (distance <= allowed && term !== word.word && (!known || distance < known.distance)) {
        scored.set(term, { distance, count: candidate.doc_count, prefix: word.prefix })
      }
    }
  }
  return [...scored.entries()]
    .sort(([a, x], [b, y]) => x.distance - y.distance || y.count - x.count || (a < b ? -1 : 1))
    .slice(0, limit)
    .map(([term, { prefix }]) => ({ term, prefix }))
}

/** A tsquery literal: quoted so a lexeme can never be read as tsquery syntax. */
export function tsTerm(term: string, prefix: boolean, weights = ""): string {
  const quoted = `'${term.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`
  return prefix || weights ? `${quoted}:${prefix ? "*" : ""}${weights}` : quoted
}

/**
 * The tsquery the document vectors are matched and ranked with: one group per
 * query unit (see `groupQueryWords`). A word's group holds the word itself, its
 * corrections and its synonyms. Corrections carry the weight labels of the
 * fields typos are allowed on (`typoWeights`), so a SKU field with typos
 * disabled only ever matches exactly; synonyms match in every field. A
 * multi-word key's group is its words, combined as the query combines words,
 * or any of its synonyms. Multi-word synonyms arrive as phrases (`<->`).
 */
export function buildTsQuery(
  units: QueryUnit[],
  alternatives: Map<string, Alternative[]>,
  strategy: SearchTypes.SearchMatchStrategy = "all",
  typoWeights = "",
): string {
  const joiner = strategy === "any" ? " | " : " & "
  const anyOf = (terms: string[]) => (terms.length === 1 ? terms[0] : `(${terms.join(" | ")})`)
  const wordTerms = (word: QueryWord) => [
    tsTerm(word.word, word.prefix),
    ...(alternatives.get(word.word) ?? []).map((alternative) => tsTerm(alternative.term, alternative.prefix, typoWeights)),
  ]
  const synonymTerms = (unit: QueryUnit) => unit.synonyms.map((phrase) => (phrase.includes(" ") ? `(${phrase})` : phrase))
  const groups = units.map((unit) => {
    if (unit.words.length === 1) {
      return anyOf([...wordTerms(unit.words[0]), ...synonymTerms(unit)])
    }
    const words = unit.words.map((word) => anyOf(wordTerms(word))).join(joiner)
    return unit.synonyms.length ? anyOf([`(${words})`, ...synonymTerms(unit)]) : `(${words})`
  })
  return [...new Set(groups)].join(joiner)
}
