// What a benchmark's backend runs with: production mode on its own database, no admin, no telemetry.
import { runMedusa } from "../lib/medusa.mjs"
import { localSecrets } from "../lib/state.mjs"

export function benchEnv(databaseUrl, extra = {}) {
  return {
    ...process.env,
    ...localSecrets(),
    NODE_ENV: "production",
    COOKIE_SECURE: "false",
    ADMIN_DISABLED: "true",
    LOG_LEVEL: "warn",
    MEDUSA_DISABLE_TELEMETRY: "true",
    DATABASE_URL: databaseUrl,
    ...extra,
  }
}

/** Migrates the bench database (modules, links, search indexes) and seeds the demo catalogue into `benchDir` (skipped when present). */
export async function migrateAndSeed(env, benchDir) {
  await runMedusa(["db:migrate", "--execute-all-links", "--execute-all-search"], { env, quiet: true })
  await runMedusa(["exec", "./src/scripts/seed/index.js", benchDir], { env, quiet: true })
}
