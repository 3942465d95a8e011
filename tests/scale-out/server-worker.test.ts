import { randomBytes } from "node:crypto"
import Redis from "ioredis"
import pg from "pg"
import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { describeStoreFreshness } from "../../backend/integration-tests/utils/store-freshness"
import { freePort, runMedusa, startMedusa, waitFor, type MedusaProcess } from "./processes"

/**
 * The scale-out profile: a `server` process and a `worker` process share PostgreSQL and Redis.
 * An event emitted by a request to the server (product.created) is handled by the worker
 * (Medusa's search-ingestion subscriber), which the server alone never does. A second server
 * process then serves the store from the Redis cache that writes to the first one invalidate, and
 * buyers racing for one studio hour through both processes end with exactly one hold, and an export
 * partner's rate limit holds across both processes.
 */
const POSTGRES = process.env.SCALE_OUT_POSTGRES ?? "postgres://postgres@127.0.0.1:5432"
const REDIS = process.env.SCALE_OUT_REDIS ?? "redis://127.0.0.1:6379/7"

async function reachable(): Promise<string | null> {
  const redis = new Redis(REDIS, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, retryStrategy: () => null })
  try {
    await redis.connect()
    await redis.ping()
  } catch {
    return `no Redis answers at ${REDIS}`
  } finally {
    redis.disconnect()
  }
  const client = new pg.Client({ connectionString: `${POSTGRES}/postgres`, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
  } catch {
    return `no PostgreSQL answers at ${POSTGRES}`
  } finally {
    await client.end().catch(() => {})
  }
  return null
}

const missing = await reachable()
if (missing && process.env.CI === "true") {
  throw new Error(`The scale-out test must run in CI, but ${missing}: start the service (see .ci/run).`)
}
if (missing) {
  console.warn(`Skipping the scale-out (server + worker over Redis) test: ${missing}. Start Redis and PostgreSQL, or run it in CI.`)
}

describe.skipIf(!!missing)("the scale-out profile", () => {
  const database = `cm_scaleout_${process.pid}_${randomBytes(3).toString("hex")}`
  const processes: MedusaProcess[] = []
  let env: NodeJS.ProcessEnv
  let api: string
  let admin: Record<string, string>

  beforeAll(async () => {
    const client = new pg.Client({ connectionString: `${POSTGRES}/postgres` })
    await client.connect()
    await client.query(`CREATE DATABASE ${database}`)
    await client.end()
    const redis = new Redis(REDIS)
    await redis.flushdb()
    redis.disconnect()
    env = {
      ...process.env,
      NODE_ENV: "production",
      DATABASE_URL: `${POSTGRES}/${database}`,
      REDIS_URL: REDIS,
      JWT_SECRET: "scale-out-test",
      COOKIE_SECRET: "scale-out-test",
      PARTNER_TOKEN_PEPPER: "scale-out-test-pepper",
      COOKIE_SECURE: "false",
      ADMIN_DISABLED: "true",
      LOG_LEVEL: "info",
      MEDUSA_DISABLE_TELEMETRY: "true",
    }
    await runMedusa(["db:migrate", "--execute-all-links", "--execute-all-search"], env)
    await runMedusa(["user", "-e", "ops@example.az", "-p", "scale-out-password"], env)
  }, 900_000) // a fresh database's migrations take many minutes on a busy machine

  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop()))
    const client = new pg.Client({ connectionString: `${POSTGRES}/postgres` })
    await client.connect()
    await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`)
    await client.end()
  })

  async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    return callAt(api, method, path, body, headers)
  }

  async function callAt(base: string, method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body ? JSON.stringify(body) : undefined,
    })
    const data = await response.json().catch(() => ({}))
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status} ${JSON.stringify(data)}`)
    return data
  }

  it("hands an event from a server request to the worker through Redis", async () => {
    const serverPort = await freePort()
    const server = startMedusa({ ...env, MEDUSA_WORKER_MODE: "server", PORT: String(serverPort) })
    processes.push(server)
    api = `http://127.0.0.1:${serverPort}`
    const workerEnv = { ...env, MEDUSA_WORKER_MODE: "worker", PORT: String(await freePort()) }
    let worker = startMedusa(workerEnv)
    processes.push(worker)
    await waitFor("the server", async () => (await fetch(`${api}/health`)).ok)

    const { token } = await call("POST", "/auth/user/emailpass", { email: "ops@example.az", password: "scale-out-password" })
    admin = { authorization: `Bearer ${token}` }
    const { sales_channels } = await call("GET", "/admin/sales-channels", undefined, admin)
    const { api_key } = await call("POST", "/admin/api-keys", { title: "scale-out", type: "publishable" }, admin)
    await call("POST", `/admin/api-keys/${api_key.id}/sales-channels`, { add: [sales_channels[0].id] }, admin)
    const storeHeaders = { "x-publishable-api-key": api_key.token }
    const search = async (q: string) => {
      const { results } = await call("POST", "/store/search", { entity: "product", filters: { q }, pagination: { take: 5 } }, storeHeaders)
      return results[0].hits.map((hit: { id: string }) => hit.id) as string[]
    }
    const createProduct = async (title: string) =>
      (
        await call(
          "POST",
          "/admin/products",
          {
            title,
            status: "published",
            options: [{ title: "Size", values: ["1x1"] }],
            variants: [{ title: "1x1", options: { Size: "1x1" }, prices: [{ currency_code: "usd", amount: 10 }] }],
            sales_channels: [{ id: sales_channels[0].id }],
          },
          admin,
        )
      ).product

    // the worker seeds the (empty) product index at start
    await waitFor("the worker to activate the product index", async () => (await search("anything")).length === 0, 240_000)

    const first = await createProduct("Scale-out xalça")
    await waitFor("the worker to index the product the server created", async () => (await search("xalça")).includes(first.id))

    // with the worker down, the server alone never handles the event: it waits in Redis
    await worker.stop()
    const second = await createProduct("Scale-out kəlağayı")
    await new Promise((resolve) => setTimeout(resolve, 5000))
    expect(await search("kəlağayı")).not.toContain(second.id)

    worker = startMedusa(workerEnv)
    processes.push(worker)
    await waitFor("a restarted worker to handle the queued event", async () => (await search("kəlağayı")).includes(second.id), 240_000)
    expect(server.log()).not.toMatch(/Local Event Bus installed/)
  })

  describe("with a second server process reading the store", () => {
    let reader: string
    beforeAll(async () => {
      const port = await freePort()
      processes.push(startMedusa({ ...env, MEDUSA_WORKER_MODE: "server", PORT: String(port) }))
      reader = `http://127.0.0.1:${port}`
      await waitFor("the second server", async () => (await fetch(`${reader}/health`)).ok, 180_000)
    })

    it("counts failed sign-ins in Redis, so two server processes throttle an account together", async () => {
      expect(api, "the first test starts the first server").toBeDefined()
      const second = reader
      // the processes trust 127.0.0.1 as a proxy (TRUST_PROXY), so X-Forwarded-For is the client's address
      const attempt = async (base: string) => {
        const response = await fetch(`${base}/auth/user/emailpass`, {
          method: "POST",
          headers: { "content-type": "application/json", "x-forwarded-for": "203.0.113.99" },
          body: JSON.stringify({ email: "ops@example.az", password: "not-the-password" }),
        })
        return { status: response.status, retryAfter: response.headers.get("retry-after") }
      }
      // 5 failures for one account from one address are allowed (AUTH_SIGNIN_PER_ACCOUNT_ADDRESS), spread
      // over both processes: neither has seen more than 3, yet the 6th is refused by either
      const answers = []
      for (const base of [api, second, api, second, api, second, api]) answers.push((await attempt(base)).status)
      expect(answers).toEqual([401, 401, 401, 401, 401, 429, 429])
      expect(Number((await attempt(second)).retryAfter)).toBeGreaterThan(0)

      // the owner, from their own address, is not locked out
      const owner = await fetch(`${second}/auth/user/emailpass`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": "198.51.100.99" },
        body: JSON.stringify({ email: "ops@example.az", password: "scale-out-password" }),
      })
      expect(owner.status).toBe(200)
    })

    it("counts a partner's feed requests in Redis, so two server processes hold its rate limit together", async () => {
      expect(api, "the first test starts the first server").toBeDefined()
      const { token } = await call(
        "POST",
        "/admin/export-partners",
        { name: "Rate US", format: "json", market_country: "US", language: "en", currency: "usd", rate_limit_per_minute: 4 },
        admin,
      )
      const pull = async (base: string) => {
        const response = await fetch(`${base}/partner/v1/items`, { headers: { authorization: `Bearer ${token}` } })
        return { status: response.status, retryAfter: response.headers.get("retry-after") }
      }
      // 4 a minute, spread over both processes: neither has seen more than 2, yet the 5th is refused by either
      const answers = []
      for (const base of [api, reader, api, reader, api, reader]) answers.push((await pull(base)).status)
      expect(answers).toEqual([200, 200, 200, 200, 429, 429])
      expect(Number((await pull(api)).retryAfter)).toBeGreaterThan(0)
    })

    it("two buyers racing for one studio hour through two server processes: exactly one holds it", async () => {
      expect(api, "the first test starts the first server").toBeDefined()
      const servers = [api, reader]
      // a market to sell in: the store's currencies, a region, a publishable key on the default channel
      const { stores } = await call("GET", "/admin/stores", undefined, admin)
      await call(
        "POST",
        `/admin/stores/${stores[0].id}`,
        { supported_currencies: [{ currency_code: "azn", is_default: true }, { currency_code: "eur" }, { currency_code: "usd" }] },
        admin,
      )
      const { region } = await call(
        "POST",
        "/admin/regions",
        // not "az": the freshness scenario below makes the Azerbaijan region
        { name: "Race region", currency_code: "azn", countries: ["ge"], payment_providers: ["pp_system_default"] },
        admin,
      )
      const { api_key } = await call("POST", "/admin/api-keys", { title: "bookings race", type: "publishable" }, admin)
      await call("POST", `/admin/api-keys/${api_key.id}/sales-channels`, { add: [stores[0].default_sales_channel_id] }, admin)
      const store = { "x-publishable-api-key": api_key.token }

      // a shop with a studio and a one-hour recording slot
      const email = "race-studio@example.az"
      const password = "ipek-yolu-xalca-2026"
      const { token: registration } = await call("POST", "/auth/creator/emailpass/register", { email, password })
      const { creator } = await call(
        "POST",
        "/creator/signup",
        {
          member: { name: "Owner" },
          shop: { name: "Race studio", handle: "race-studio", programme: "music", legal_type: "individual", email },
        },
        { authorization: `Bearer ${registration}` },
      )
      await call("POST", `/admin/creators/${creator.id}/approve`, {}, admin)
      const { token } = await call("POST", "/auth/creator/emailpass", { email, password })
      const shop = { authorization: `Bearer ${token}` }
      const opening_hours = [1, 2, 3, 4, 5, 6, 7].map((day) => ({ day, opens: "09:00", closes: "21:00" }))
      const { resource } = await call("POST", "/creator/resources", { name: "Sound room", opening_hours, window_days: 60 }, shop)
      const prices = ["azn", "eur", "usd"].map((currency_code) => ({ currency_code, amount: 40 }))
      const { product } = await call(
        "POST",
        "/creator/products",
        {
          kind: "service",
          title: "Recording hour",
          service: { delivery: "onsite", lead_time_days: 0, date_required: false },
          variants: [{ title: "1 hour", prices }],
        },
        shop,
      )
      await call("POST", `/creator/products/${product.id}/publish`, {}, shop)
      const variantId = product.variants[0].id
      await call(
        "POST",
        `/creator/resources/${resource.id}/offerings`,
        { variant_id: variantId, mode: "slot", duration_minutes: 60, grid_minutes: 60 },
        shop,
      )

      const day = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
      const { variants } = await call("GET", `/store/products/${product.id}/availability?from=${day}&to=${day}`, undefined, store)
      const start: string = variants[0].slots[0].start

      // 20 buyers, half on each server process, ask for that hour at once
      const carts = await Promise.all(
        Array.from({ length: 20 }, async (_, i) => {
          const { cart } = await callAt(
            servers[i % 2]!,
            "POST",
            "/store/carts",
            { region_id: region.id, email: `racer${i}@example.az` },
            store,
          )
          return cart.id as string
        }),
      )
      const statuses = await Promise.all(
        carts.map(async (cartId, i) => {
          const response = await fetch(`${servers[i % 2]}/store/carts/${cartId}/booking-slots`, {
            method: "POST",
            headers: { "content-type": "application/json", ...store },
            body: JSON.stringify({ variant_id: variantId, start }),
          })
          return response.status
        }),
      )
      expect(statuses.filter((status) => status === 200)).toHaveLength(1)
      expect(statuses.filter((status) => status === 409)).toHaveLength(19)
      const client = new pg.Client({ connectionString: env.DATABASE_URL })
      await client.connect()
      const { rows } = await client.query(
        "SELECT count(*)::int AS n FROM booking WHERE resource_id = $1 AND starts_at = $2 AND status IN ('held', 'confirmed') AND deleted_at IS NULL",
        [resource.id, start],
      )
      await client.end()
      expect(rows[0].n).toBe(1)
    }, 300_000)

    describeStoreFreshness("the Store API cache (Redis provider, written through one server, read through another)", {
      writeUrl: () => api,
      readUrl: () => reader,
      admin: async () => admin,
      writeBehindMedusa: async (productId, title) => {
        const client = new pg.Client({ connectionString: env.DATABASE_URL })
        await client.connect()
        await client.query("UPDATE product SET title = $1 WHERE id = $2", [title, productId])
        await client.end()
      },
    })
  })
})
