#!/usr/bin/env node
// `npm test` (after `turbo run build`): one test PostgreSQL and one migrated template for the
// whole run, then every workspace's tests through turbo, one workspace at a time (two cores:
// each workspace already runs two files in parallel).
import { spawnSync } from "node:child_process"
import { fail, step } from "./lib/console.mjs"
import { root, turboBin } from "./lib/paths.mjs"
import { migratedTemplate, testDatabaseEnv, testDatabaseServer } from "./lib/test-db.mjs"

const started = Date.now()
const server = await testDatabaseServer()
let status = 1
try {
  step(`Test database: ${server.host}:${server.port}`)
  await migratedTemplate(server, step)
  const args = ["run", "test", "--concurrency=1", "--output-logs=full", ...process.argv.slice(2)]
  const result = spawnSync(turboBin, args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ...testDatabaseEnv(server), MEDUSA_DISABLE_TELEMETRY: "true", TURBO_TELEMETRY_DISABLED: "1" },
  })
  status = result.status ?? 1
} catch (error) {
  fail(error.message)
} finally {
  await server.stop()
}
step(`Tests ${status === 0 ? "passed" : "failed"} in ${((Date.now() - started) / 1000).toFixed(0)} s`)
process.exit(status)
