// Starts (or finds) the test PostgreSQL and builds the migrated template database once;
// every integration file then clones it (see ../utils/medusa-suite.ts).
import type { TestProject } from "vitest/node"
import { migratedTemplate, testDatabaseEnv, testDatabaseServer } from "@creative-market/scripts/test-db"

export default async function setup(project: TestProject) {
  const server = await testDatabaseServer()
  const template = await migratedTemplate(server, (line: string) => console.log(line))
  project.provide("testDatabase", { ...testDatabaseEnv(server), TEST_TEMPLATE_DB: template })
  return async () => {
    await server.stop()
  }
}

declare module "vitest" {
  export interface ProvidedContext {
    testDatabase: Record<string, string>
  }
}
