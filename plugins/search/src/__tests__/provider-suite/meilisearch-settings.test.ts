import { describe, expect, it } from "vitest"
import { buildIndexSettings } from "../../providers/meilisearch/settings"
import { SYNONYMS, synonymDefinition } from "./fixtures"

// The live Meilisearch suite needs a server; this part of it does not: the shared
// synonym index must translate into Meilisearch settings without tripping on the
// embedded provider's options.
describe("the shared synonym index on Meilisearch", () => {
  it("sends Meilisearch its own synonyms and ignores the embedded provider's options", () => {
    const definition = synonymDefinition("synonyms", "meilisearch")
    expect(buildIndexSettings(definition).synonyms).toEqual(SYNONYMS)
    const foreign = {
      ...definition,
      settings: { provider_options: { embedded: { stemmer: "russian" }, meilisearch: { synonyms: SYNONYMS } } },
    }
    expect(buildIndexSettings(foreign).synonyms).toEqual(SYNONYMS)
  })
})
