import { describe, expect, it } from "vitest"
import { groupQueryWords } from "../synonyms"
import { buildTsQuery, chooseAlternatives, editDistance, needsCorrection, tsTerm, type QueryWord } from "../typo"

const budget = (length: number) => (length >= 9 ? 2 : length >= 5 ? 1 : 0)
const word = (text: string, extra: Partial<QueryWord> = {}): QueryWord => ({
  word: text,
  prefix: false,
  exact: false,
  prefixed: false,
  positions: [1],
  ...extra,
})
/** Words in query order, each a unit of its own (no synonyms). */
const inOrder = (...words: QueryWord[]) =>
  groupQueryWords(
    words.map((w, i) => ({ ...w, positions: [i + 1] })),
    undefined,
  )

describe("edit distance", () => {
  it("counts a transposition as one typo, like Meilisearch", () => {
    expect(editDistance("mguham", "mugham", 2)).toBe(1)
    expect(editDistance("carpt", "carpet", 2)).toBe(1)
    expect(editDistance("kelagayi", "kelagayi", 2)).toBe(0)
  })

  it("stops counting past the allowed number of typos", () => {
    expect(editDistance("carpet", "copper", 1)).toBe(2)
    expect(editDistance("a", "abcdef", 2)).toBe(3)
  })

  it("compares letters, not UTF-16 units", () => {
    expect(editDistance("ковр", "ковер", 1)).toBe(1)
  })
})

describe("which query words are corrected", () => {
  it("corrects a long enough word the index does not spell", () => {
    expect(needsCorrection(word("carpt"), budget)).toBe(true)
  })

  it("leaves known words, short words and words with digits alone", () => {
    expect(needsCorrection(word("carpet", { exact: true }), budget)).toBe(false)
    expect(needsCorrection(word("taar"), budget)).toBe(false)
    expect(needsCorrection(word("qw001x"), budget)).toBe(false)
    expect(needsCorrection(word("carpt"), undefined)).toBe(false)
  })

  it("treats a typeahead word as known when some word starts with it", () => {
    expect(needsCorrection(word("carpe", { prefix: true, prefixed: true }), budget)).toBe(false)
    expect(needsCorrection(word("xarpe", { prefix: true }), budget)).toBe(true)
  })
})

describe("choosing corrections", () => {
  const candidates = [
    { word: "carpet", doc_count: 10 },
    { word: "carpets", doc_count: 2 },
    { word: "copper", doc_count: 50 },
  ]

  it("keeps vocabulary words within the typo budget, closest first", () => {
    expect(chooseAlternatives(word("carpt"), candidates, budget, 5)).toEqual([{ term: "carpet", prefix: false }])
    expect(chooseAlternatives(word("carpetz"), candidates, budget, 5).map((alt) => alt.term)).toEqual(["carpet", "carpets"])
  })

  it("corrects a typeahead word against the beginnings of words", () => {
    const terms = chooseAlternatives(word("xarpe", { prefix: true }), candidates, budget, 5)
    expect(terms).toContainEqual({ term: "carpe", prefix: true })
    expect(terms.every((alt) => alt.prefix)).toBe(true)
  })

  it("stops at the configured number of alternatives", () => {
    expect(chooseAlternatives(word("carpetz"), candidates, budget, 1)).toHaveLength(1)
  })
})

describe("the tsquery", () => {
  it("groups each word with its corrections", () => {
    const alternatives = new Map([["carpt", [{ term: "carpet", prefix: false }]]])
    expect(buildTsQuery(inOrder(word("red"), word("carpt")), alternatives)).toBe("'red' & ('carpt' | 'carpet')")
    expect(buildTsQuery(inOrder(word("red"), word("carpt")), alternatives, "any")).toBe("'red' | ('carpt' | 'carpet')")
  })

  it("restricts corrections to the weight classes typos are allowed in", () => {
    const alternatives = new Map([["vinly", [{ term: "viny", prefix: true }]]])
    expect(buildTsQuery(inOrder(word("vinly", { prefix: true })), alternatives, "last", "ABD")).toBe("('vinly':* | 'viny':*ABD)")
  })

  it("keeps one group for a word the query repeats", () => {
    expect(
      buildTsQuery(groupQueryWords([word("carpet", { positions: [1, 3] }), word("red", { positions: [2] })], undefined), new Map()),
    ).toBe("'carpet' & 'red'")
  })

  it("quotes lexemes so they cannot be read as tsquery syntax", () => {
    expect(tsTerm("o'brien", false)).toBe("'o''brien'")
    expect(tsTerm("a\\b", true)).toBe("'a\\\\b':*")
  })
})
