import { afterAll } from "vitest"
import { EmbeddedSearchProvider, runEmbeddedMigrations } from "../../providers/embedded"
import { openTestDatabase, type TestDatabase } from "./pg-harness"
import { runProviderSuite } from "./suite"

let database: TestDatabase | undefined

runProviderSuite(
  "embedded",
  async () => {
    database = await openTestDatabase("provider_suite")
    await runEmbeddedMigrations(database.manager)
    return { provider: new EmbeddedSearchProvider({ manager: database.manager }, {}), indexName: (base) => `suite_${base}` }
  },
  { matchAny: true, typoOffPerQuery: true, prefixFilter: true, likeFilter: true },
)

afterAll(async () => {
  await database?.close()
}, 60_000)
