import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { describe, expect, it } from "vitest"

const require = createRequire(import.meta.url)

/**
 * The embedded provider imports internals of @medusajs/search-postgres (its `dist/*` files, not a
 * public API; docs/decisions/006). They were read and tested against this version: a new one may
 * move or change them without notice.
 */
const REVIEWED_VERSION = "2.21.2"

/** The internals the provider and its migration use, by file. */
const INTERNALS: Record<string, string[]> = {
  "dist/utils": [
    "assertQuerySupported",
    "buildIndexPlan",
    "CATALOG_TABLE",
    "isFacetable",
    "mapFacetResult",
    "normalizeFacetRequests",
    "projectIndexedDocument",
    "tableNameForIndex",
    "toWhereClause",
    "weightLabel",
  ],
  "dist/migrations/Migration20260807120000": ["Migration20260807120000"],
}

const RECHECK =
  "re-check the embedded provider against its dist/* internals (docs/decisions/006: storage, filters, facets, " +
  "the stock migration it extends), run the search plugin's .db tests, then update REVIEWED_VERSION in this file and the pin in package.json"

describe("the pinned @medusajs/search-postgres", () => {
  it("is the version whose internals the embedded provider was reviewed against", () => {
    const installed = require("@medusajs/search-postgres/package.json").version
    const declared = JSON.parse(readFileSync(path.join(__dirname, "../../../../package.json"), "utf8")).dependencies[
      "@medusajs/search-postgres"
    ]
    expect(declared, `package.json pins @medusajs/search-postgres ${declared}, reviewed ${REVIEWED_VERSION}: ${RECHECK}`).toBe(
      REVIEWED_VERSION,
    )
    expect(installed, `@medusajs/search-postgres ${installed} is installed, reviewed ${REVIEWED_VERSION}: ${RECHECK}`).toBe(
      REVIEWED_VERSION,
    )
  })

  it.each(Object.entries(INTERNALS))("still exports what the provider imports from %s", (file, names) => {
    const module = require(`@medusajs/search-postgres/${file}`)
    const missing = names.filter((name) => module[name] === undefined)
    expect(missing, `@medusajs/search-postgres/${file} no longer exports ${missing.join(", ")}: ${RECHECK}`).toEqual([])
  })
})

describe("the Search Module's records the deferred build waits on (deferred-build.ts)", () => {
  it("still names its tables, columns and states as the triggers read them", () => {
    const { toMikroORMEntity } = require("@medusajs/framework/utils")
    const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")
    const { SearchIndexVersion, SearchIndexSync } = require("@medusajs/search/dist/models")
    const { SearchIndexState, SearchSyncStatus } = require("@medusajs/search/dist/utils")
    const shape = (model: unknown) => {
      const entity = toMikroORMEntity(model)
      const meta = MetadataStorage.getMetadata(entity.name, entity.name)
      return { table: meta.tableName, columns: Object.keys(meta.properties) }
    }
    expect(shape(SearchIndexVersion)).toMatchObject({
      table: "search_index_version",
      columns: expect.arrayContaining(["id", "physical_name", "status"]),
    })
    expect(shape(SearchIndexSync)).toMatchObject({
      table: "search_index_sync",
      columns: expect.arrayContaining(["resumable", "status", "search_index_version"]),
    })
    expect([SearchIndexState.READY, SearchSyncStatus.PROCESSING]).toEqual(["ready", "processing"])
  })
})
