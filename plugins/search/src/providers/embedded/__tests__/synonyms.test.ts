import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { buildSynonymTable, groupQueryWords, type AnalysedText } from "../synonyms"
import { buildTsQuery, type Alternative, type QueryWord } from "../typo"

/** What Postgres would make of each string, written out by hand: folded lexemes and a phrase tsquery. */
const analysis = (entries: Record<string, string[]>) =>
  new Map<string, AnalysedText>(
    Object.entries(entries).map(([text, lexemes]) => [text, { lexemes, phrase: lexemes.map((lexeme) => `'${lexeme}'`).join(" <-> ") }]),
  )

const ANALYSED = analysis({
  carpet: ["carpet"],
  karpet: ["karpet"],
  tar: ["tar"],
  rug: ["rug"],
  xalça: ["xalca"],
  XALCA: ["xalca"],
  ковёр: ["ковер"],
  Ковер: ["ковер"],
  "sample pack": ["sample", "pack"],
  "tar sample pack": ["tar", "sample", "pack"],
  loops: ["loops"],
  "drum loops": ["drum", "loops"],
  "!!!": [],
})

const table = (synonyms: Record<string, string[]>) => buildSynonymTable(synonyms, ANALYSED, "catalogue")

/** A query as `Vocabulary.analyse` returns it: distinct words, with the positions they stand at. */
function query(text: string, extra: Partial<QueryWord> = {}): QueryWord[] {
  const words = new Map<string, QueryWord>()
  text.split(" ").forEach((token, i) => {
    const word = words.get(token) ?? { word: token, prefix: false, exact: true, prefixed: true, positions: [], ...extra }
    word.positions.push(i + 1)
    words.set(token, word)
  })
  return [...words.values()]
}

const spans = (words: QueryWord[], synonyms: Record<string, string[]>) =>
  groupQueryWords(words, table(synonyms)).map((unit) => ({ words: unit.words.map((word) => word.word).join(" "), synonyms: unit.synonyms }))

const tsquery = (
  text: string,
  synonyms: Record<string, string[]>,
  alternatives = new Map<string, Alternative[]>(),
  strategy: "all" | "any" | "last" = "all",
) => buildTsQuery(groupQueryWords(query(text), table(synonyms)), alternatives, strategy)

describe("the synonym table", () => {
  it("holds each key by its folded words, with its synonyms as tsquery phrases", () => {
    const { entries, longest } = table({ carpet: ["rug", "xalça"], "sample pack": ["loops"], loops: ["sample pack", "drum loops"] })
    expect(entries.get("carpet")).toEqual({ lexemes: ["carpet"], alternatives: ["'rug'", "'xalca'"] })
    expect(entries.get("sample pack")?.alternatives).toEqual(["'loops'"])
    expect(entries.get("loops")?.alternatives).toEqual(["'sample' <-> 'pack'", "'drum' <-> 'loops'"])
    expect(longest).toBe(2)
  })

  it("merges keys that fold to the same words and drops synonyms that are the key itself", () => {
    const { entries } = table({ ковёр: ["carpet", "Ковер"], Ковер: ["rug", "carpet"], xalça: ["XALCA"] })
    expect([...entries.keys()]).toEqual(["ковер", "xalca"])
    expect(entries.get("ковер")?.alternatives).toEqual(["'carpet'", "'rug'"])
    expect(entries.get("xalca")?.alternatives).toEqual([])
  })

  it("refuses a key or a synonym without a searchable word", () => {
    expect(() => table({ "!!!": ["rug"] })).toThrow(/synonym key "!!!".*no searchable word/)
    expect(() => table({ carpet: ["!!!"] })).toThrow(expect.objectContaining({ type: MedusaError.Types.INVALID_DATA }))
  })
})

describe("reading a query with synonyms", () => {
  it("widens a word that is a key, and only that word", () => {
    expect(spans(query("red carpet"), { carpet: ["rug"] })).toEqual([
      { words: "red", synonyms: [] },
      { words: "carpet", synonyms: ["'rug'"] },
    ])
  })

  it("is one-way: a synonym is not a key", () => {
    expect(spans(query("rug"), { carpet: ["rug"] })).toEqual([{ words: "rug", synonyms: [] }])
  })

  it("reads a multi-word key as a phrase of the query, preferring the longest", () => {
    const synonyms = { "sample pack": ["loops"], "tar sample pack": ["rug"], tar: ["carpet"] }
    expect(spans(query("tar sample pack"), synonyms)).toEqual([{ words: "tar sample pack", synonyms: ["'rug'"] }])
    expect(spans(query("drum sample pack"), synonyms)).toEqual([
      { words: "drum", synonyms: [] },
      { words: "sample pack", synonyms: ["'loops'"] },
    ])
  })

  it("does not use a multi-word key whose words are apart or out of order", () => {
    expect(spans(query("pack sample"), { "sample pack": ["loops"] }).map((unit) => unit.synonyms)).toEqual([[], []])
    expect(spans(query("sample drum pack"), { "sample pack": ["loops"] }).map((unit) => unit.synonyms)).toEqual([[], [], []])
  })

  it("leaves the query alone without synonyms", () => {
    expect(groupQueryWords(query("red carpet red"), undefined).map((unit) => unit.words.map((word) => word.word))).toEqual([
      ["red"],
      ["carpet"],
    ])
  })
})

describe("the tsquery with synonyms", () => {
  it("puts a key's synonyms in its word's OR-group", () => {
    expect(tsquery("red carpet", { carpet: ["rug", "xalça"] })).toBe("'red' & ('carpet' | 'rug' | 'xalca')")
  })

  it("matches multi-word synonyms as phrases", () => {
    expect(tsquery("loops", { loops: ["sample pack"] })).toBe("('loops' | ('sample' <-> 'pack'))")
  })

  it("keeps a multi-word key's own words, combined as the query combines words, beside its synonyms", () => {
    expect(tsquery("tar sample pack", { "sample pack": ["loops"] })).toBe("'tar' & (('sample' & 'pack') | 'loops')")
    expect(tsquery("tar sample pack", { "sample pack": ["loops"] }, new Map(), "any")).toBe("'tar' | (('sample' | 'pack') | 'loops')")
  })

  it("joins a key's typo corrections and its synonyms in one group, and never corrects a synonym", () => {
    const corrections = new Map([["karpet", [{ term: "carpet", prefix: false }]]])
    expect(tsquery("karpet", { karpet: ["rug"] }, corrections)).toBe("('karpet' | 'carpet' | 'rug')")
  })

  it("does not widen a correction with the synonyms of the word it corrects to", () => {
    const corrections = new Map([["carpt", [{ term: "carpet", prefix: false }]]])
    expect(tsquery("carpt", { carpet: ["rug"] }, corrections)).toBe("('carpt' | 'carpet')")
  })

  it("keeps the typeahead word a prefix and its synonyms whole words", () => {
    const words = query("red carpet").map((word) => (word.word === "carpet" ? { ...word, prefix: true } : word))
    expect(buildTsQuery(groupQueryWords(words, table({ carpet: ["rug"] })), new Map(), "last")).toBe("'red' & ('carpet':* | 'rug')")
  })
})
