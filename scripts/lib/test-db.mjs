// The PostgreSQL that tests run on, and the migrated template database that every test file
// clones (seconds) instead of migrating (a minute). When DB_HOST is set (CI, `scripts/test.mjs`)
// that server is used; otherwise an embedded one starts under .data/test-postgres.
import { spawn } from "node:child_process"
import path from "node:path"
import pg from "pg"
import { startEmbeddedDb } from "./embedded-db.mjs"
import { schemaFingerprint } from "./fingerprint.mjs"
import { backendDir, dataDir, medusaBin } from "./paths.mjs"
import { portSetting } from "./ports.mjs"

export const TEST_PG_PORT = portSetting("TEST_PG_PORT", 54330)

/** Connection facts for the test server; `stop()` only stops a server this call started. */
export async function testDatabaseServer() {
  if (process.env.DB_HOST) {
    return {
      host: process.env.DB_HOST,
      port: portSetting("DB_PORT", 5432),
      user: process.env.DB_USERNAME ?? "postgres",
      password: process.env.DB_PASSWORD ?? "",
      stop: async () => {},
    }
  }
  const db = await startEmbeddedDb({ dir: path.join(dataDir, "test-postgres"), port: TEST_PG_PORT, fast: true })
  // "localhost", not 127.0.0.1: Medusa's test runner turns SSL on for any other host name.
  return { host: "localhost", port: db.port, user: db.user, password: db.password, stop: () => db.stop() }
}

export function databaseUrl(server, database) {
  const auth = server.password
    ? `${encodeURIComponent(server.user)}:${encodeURIComponent(server.password)}`
    : encodeURIComponent(server.user)
  return `postgres://${auth}@${server.host}:${server.port}/${database}`
}

/** The DB_* variables Medusa's test utilities read. */
export function testDatabaseEnv(server) {
  return { DB_HOST: server.host, DB_PORT: String(server.port), DB_USERNAME: server.user, DB_PASSWORD: server.password }
}

async function withAdminClient(server, fn) {
  const client = new pg.Client({ connectionString: databaseUrl(server, "postgres") })
  await client.connect()
  try {
    return await fn(client)
  } finally {
    await client.end()
  }
}

function migrate(url) {
  return new Promise((resolve, reject) => {
    const args = ["db:migrate", "--skip-scripts", "--execute-all-links", "--execute-all-search"]
    const child = spawn(medusaBin, args, {
      cwd: backendDir,
      env: { ...process.env, DATABASE_URL: url, NODE_ENV: "test", MEDUSA_DISABLE_TELEMETRY: "true", ADMIN_DISABLED: "true" },
      stdio: ["ignore", "pipe", "pipe"],
    })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`Migrating the test template failed:\n${output.slice(-4000)}`))))
  })
}

/**
 * Returns the name of a fully migrated template database for the current schema, building it
 * once per schema change (an advisory lock keeps parallel runners from building it twice).
 */
export async function migratedTemplate(server, log = () => {}) {
  const name = `cm_tpl_${schemaFingerprint()}`
  return withAdminClient(server, async (client) => {
    await client.query("SELECT pg_advisory_lock(4242)")
    try {
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])
      if (rowCount) return name
      const building = `${name}_building`
      await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(building)} WITH (FORCE)`)
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(building)}`)
      log(`Building the test template database ${name} (once per schema change, about a minute)…`)
      const t = Date.now()
      await migrate(databaseUrl(server, building))
      await client.query(`ALTER DATABASE ${client.escapeIdentifier(building)} RENAME TO ${client.escapeIdentifier(name)}`)
      log(`Template ready in ${((Date.now() - t) / 1000).toFixed(1)} s`)
      const stale = await client.query("SELECT datname FROM pg_database WHERE datname LIKE 'cm\\_tpl\\_%' AND datname <> $1", [name])
      for (const row of stale.rows) await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(row.datname)} WITH (FORCE)`)
      return name
    } finally {
      await client.query("SELECT pg_advisory_unlock(4242)")
    }
  })
}

/** Creates `database` as a copy of `template` (dropping a leftover of the same name first). */
export async function cloneDatabase(server, template, database) {
  await withAdminClient(server, async (client) => {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`)
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)} TEMPLATE ${client.escapeIdentifier(template)}`)
  })
}
