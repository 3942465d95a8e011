import { invalid } from "./errors"
import type { QueryWord } from "./typo"

/** What the text search configuration makes of one key or synonym (folded, split like a document). */
export type AnalysedText = {
  /** Its lexemes in position order: what a query must hold, word after word, to use a key. */
  lexemes: string[]
  /** `phraseto_tsquery` of it as text: one lexeme, or lexemes that must stand next to each other. */
  phrase: string
}

/** A synonym key and the tsquery alternatives it widens to. */
export type SynonymEntry = { lexemes: string[]; alternatives: string[] }

/** An index's synonyms by key, the key being its lexemes joined with spaces (a lexeme never holds one). */
export type SynonymTable = { entries: Map<string, SynonymEntry>; longest: number }

/** A stretch of the query matched as one: a word, or the words of a multi-word key, with the synonyms that widen it. */
export type QueryUnit = { words: QueryWord[]; synonyms: string[] }

const keyOf = (lexemes: string[]) => lexemes.join(" ")

/**
 * Builds the lookup table from the configured synonyms and Postgres' analysis
 * of each string. Keys that fold to the same words ("ковёр", "Ковер") merge
 * their synonyms; a synonym that folds to its own key is dropped; a key or
 * synonym without a single word is refused, since it could never match.
 */
export function buildSynonymTable(synonyms: Record<string, string[]>, analysed: Map<string, AnalysedText>, index: string): SynonymTable {
  const entries = new Map<string, SynonymEntry>()
  const analyse = (text: string, what: string) => {
    const result = analysed.get(text)
    if (!result?.lexemes.length) {
      invalid(`The ${what} "${text}" in settings.provider_options.embedded.synonyms of search index "${index}" holds no searchable word`)
    }
    return result
  }
  for (const [key, values] of Object.entries(synonyms)) {
    const lexemes = analyse(key, "synonym key").lexemes
    const entry = entries.get(keyOf(lexemes)) ?? { lexemes, alternatives: [] }
    for (const value of values) {
      const synonym = analyse(value, `synonym of "${key}"`)
      if (keyOf(synonym.lexemes) !== keyOf(lexemes) && !entry.alternatives.includes(synonym.phrase)) {
        entry.alternatives.push(synonym.phrase)
      }
    }
    entries.set(keyOf(lexemes), entry)
  }
  const longest = Math.max(0, ...[...entries.values()].map((entry) => entry.lexemes.length))
  return { entries, longest }
}

/**
 * Splits the query into units, in query order: at each position the longest
 * key whose words follow one another there (so "sample pack" is read as the
 * phrase before "sample" alone), else the word by itself. Keys match whole
 * words only: a typeahead word still being typed ("sample pa") uses no key,
 * and a typo-corrected word does not pull in the synonyms of its correction,
 * as in Meilisearch. Repeated words and stretches collapse into one unit.
 */
export function groupQueryWords(words: QueryWord[], table: SynonymTable | undefined): QueryUnit[] {
  const slots = words.flatMap((word) => word.positions.map((position) => ({ position, word }))).sort((a, b) => a.position - b.position)
  const units = new Map<string, QueryUnit>()
  for (let i = 0; i < slots.length;) {
    const span = table ? longestKeyAt(slots, i, table) : undefined
    const taken = span ? slots.slice(i, i + span.lexemes.length) : [slots[i]]
    const unit = { words: taken.map((slot) => slot.word), synonyms: span?.alternatives ?? [] }
    units.set(keyOf(unit.words.map((word) => word.word)), unit)
    i += taken.length
  }
  return [...units.values()]
}

function longestKeyAt(slots: { position: number; word: QueryWord }[], start: number, table: SynonymTable): SynonymEntry | undefined {
  const lexemes: string[] = []
  let found: SynonymEntry | undefined
  for (let i = start; i < slots.length && lexemes.length < table.longest; i++) {
    if (i > start && slots[i].position !== slots[i - 1].position + 1) {
      break
    }
    lexemes.push(slots[i].word.word)
    found = table.entries.get(keyOf(lexemes)) ?? found
  }
  return found
}
