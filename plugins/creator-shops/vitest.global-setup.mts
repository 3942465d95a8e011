// The module tests (moduleIntegrationTestRunner) need a PostgreSQL: the one `npm test` provides
// (DB_* variables), or an embedded one started here (TEST_PG_PORT, data under .data/test-postgres).
import type { TestProject } from "vitest/node"
// @ts-expect-error: plain ESM workspace without type declarations
import { testDatabaseEnv, testDatabaseServer } from "@creative-market/scripts/test-db"

export default async function setup(project: TestProject) {
  const server = await testDatabaseServer()
  project.provide("testDatabase", testDatabaseEnv(server))
  return async () => {
    await server.stop()
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: Record<string, string>
  }
}
