// A fresh database per test file, on the server `npm test` provides (DB_* variables) or on an
// embedded PostgreSQL this harness starts, and a MikroORM entity manager over it built the way the
// Search Module builds the `manager` its providers receive (a knex pool wrapped by MikroORM).
import { ModulesSdkUtils, mikroOrmCreateConnection } from "@medusajs/framework/utils"
import path from "node:path"
import pg from "pg"
// @ts-expect-error: plain ESM workspace without type declarations
import { ensureDatabase, startEmbeddedDb } from "@creative-market/scripts/embedded-db"

// run from plugins/search (vitest's root): the cluster lives in the repository's .data/
// TEST_SEARCH_PG_PORT moves it, so two checkouts on one machine do not share a cluster
const EMBEDDED = {
  dir: path.resolve(process.cwd(), "..", "..", ".data", "search-suite-pg"),
  port: Number(process.env.TEST_SEARCH_PG_PORT ?? 54332),
}
const PREFIX = "search_suite_"

type Server = { url: (database: string) => string; stop: () => Promise<void> }

async function server(): Promise<Server> {
  const { DB_HOST, DB_PORT, DB_USERNAME, DB_PASSWORD } = process.env
  if (DB_HOST) {
    const auth = `${encodeURIComponent(DB_USERNAME ?? "postgres")}:${encodeURIComponent(DB_PASSWORD ?? "")}`
    return { url: (database) => `postgres://${auth}@${DB_HOST}:${DB_PORT ?? 5432}/${database}`, stop: async () => {} }
  }
  // Two test files may race to start the same cluster; the loser finds it running.
  const start = () => startEmbeddedDb({ ...EMBEDDED, fast: true })
  const db = await start().catch(() => start())
  return {
    url: db.url,
    // Another file may still be using the cluster: stop it only once no suite database is left.
    stop: async () => {
      if (!db.owned || (await suiteDatabases(db.url("postgres"))) > 0) return
      await db.stop()
    },
  }
}

async function suiteDatabases(adminUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rows } = await client.query("SELECT count(*)::int AS n FROM pg_database WHERE datname LIKE $1", [`${PREFIX}%`])
    return rows[0].n
  } finally {
    await client.end()
  }
}

async function dropDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(`DROP DATABASE IF EXISTS ${client.escapeIdentifier(database)} WITH (FORCE)`)
  } finally {
    await client.end()
  }
}

export type TestDatabase = {
  /** What the Search Module injects into providers as `manager`. */
  manager: any
  url: string
  close: () => Promise<void>
}

/** Creates an empty database named after the test file and opens a Medusa-style manager on it. */
export async function openTestDatabase(name: string): Promise<TestDatabase> {
  const db = await server()
  const database = `${PREFIX}${name.replace(/[^a-z0-9]/gi, "_").toLowerCase()}_${process.pid}`
  const adminUrl = db.url("postgres")
  await dropDatabase(adminUrl, database)
  await ensureDatabase(adminUrl, database)
  const url = db.url(database)
  const knex = ModulesSdkUtils.createPgConnection({ clientUrl: url, schema: "public" })
  const orm = await mikroOrmCreateConnection({ connection: knex } as any, [], undefined as any)
  return {
    manager: orm.em.fork(),
    url,
    close: async () => {
      await orm.close(true)
      await knex.destroy()
      await dropDatabase(adminUrl, database)
      await db.stop()
    },
  }
}

/** Runs SQL as a superuser-ish client of the test database (extensions, assertions on raw tables). */
export async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return await run(client)
  } finally {
    await client.end()
  }
}
