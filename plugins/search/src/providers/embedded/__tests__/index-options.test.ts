import type { SearchTypes } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import { describe, expect, it } from "vitest"
import { suiteDefinition } from "../../../__tests__/provider-suite/fixtures"
import { embeddedIndexOptions, MAX_SYNONYMS_PER_KEY } from "../index-options"

const withOptions = (provider_options: Record<string, unknown>) =>
  ({ ...suiteDefinition("catalogue", "embedded"), settings: { provider_options } }) as SearchTypes.ResolvedSearchIndexDefinition

const refused = (provider_options: Record<string, unknown>, message: RegExp) =>
  expect(() => embeddedIndexOptions(withOptions(provider_options))).toThrow(
    expect.objectContaining({ type: MedusaError.Types.INVALID_DATA, message: expect.stringMatching(message) }),
  )

describe("the embedded index options", () => {
  it("take synonyms shaped like Meilisearch's, with phrases and az/ru letters", () => {
    const synonyms = { carpet: ["rug", "xalça", "ковёр"], "sample pack": ["samples"], Qarabağ: [] }
    expect(embeddedIndexOptions(withOptions({ embedded: { synonyms } }))).toEqual({ synonyms })
  })

  it("ignore the options of other engines", () => {
    expect(embeddedIndexOptions(withOptions({ meilisearch: { synonyms: "not ours", rankingRules: [] } }))).toEqual({})
  })

  it("refuse synonyms that are not a map of word lists, naming the bad entry", () => {
    refused({ embedded: { synonyms: { carpet: "rug" } } }, /embedded\.synonyms\.carpet/)
    refused({ embedded: { synonyms: ["carpet", "rug"] } }, /embedded\.synonyms/)
    refused({ embedded: { synonyms: { carpet: ["rug", 7] } } }, /embedded\.synonyms\.carpet\.1/)
    refused({ embedded: { synonyms: { carpet: ["  "] } } }, /must hold a word/)
    refused({ embedded: { synonyms: { " ": ["rug"] } } }, /must hold a word/)
  })

  it("refuse more synonyms per key than Meilisearch reads", () => {
    const many = Array.from({ length: MAX_SYNONYMS_PER_KEY + 1 }, (_, i) => `word${i}`)
    refused({ embedded: { synonyms: { carpet: many } } }, /embedded\.synonyms\.carpet/)
  })

  it("refuse any other embedded option", () => {
    refused({ embedded: { stemmer: "russian" } }, /stemmer/)
    refused({ embedded: "synonyms" }, /embedded/)
  })
})
