// The e2e stack: the built backend on a seeded copy of the demo catalogue (embedded PostgreSQL,
// or DB_HOST in CI) and the built storefront in production mode. The migrated template comes from
// scripts/lib/test-db; the seeded template is made once per schema and cloned for every run.
import { spawn, type ChildProcess } from "node:child_process"
import { randomBytes } from "node:crypto"
import { cpSync, existsSync, mkdirSync, readFileSync, realpathSync, rmSync, symlinkSync } from "node:fs"
import path from "node:path"
import pg from "pg"
// @ts-expect-error plain ESM without types
import { backendBuildDir, dataDir, medusaBin } from "@creative-market/scripts/paths"
// @ts-expect-error plain ESM without types
import { spawnStorefront, storefrontEnv, waitForStorefront } from "@creative-market/scripts/storefront"
// @ts-expect-error plain ESM without types
import { cloneDatabase, databaseUrl, migratedTemplate, testDatabaseServer } from "@creative-market/scripts/test-db"
// @ts-expect-error plain ESM without types
import { schemaFingerprint } from "@creative-market/scripts/fingerprint"

export const BACKEND_PORT = Number(process.env.E2E_BACKEND_PORT ?? 9260)
export const STOREFRONT_PORT = Number(process.env.E2E_STOREFRONT_PORT ?? 3060)
export const storefrontUrl = `http://127.0.0.1:${STOREFRONT_PORT}`
const backendUrl = `http://localhost:${BACKEND_PORT}`

type Server = { host: string; port: number; user: string; password: string; stop: () => Promise<void> }
export type Stack = { storefrontUrl: string; backendUrl: string; publishableKey: string; stop: () => Promise<void>; log: () => string }

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(medusaBin, args, { cwd: backendBuildDir, env, stdio: ["ignore", "pipe", "pipe"] })
    let output = ""
    child.stdout!.on("data", (chunk) => (output += chunk))
    child.stderr!.on("data", (chunk) => (output += chunk))
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`medusa ${args.join(" ")} failed:\n${output.slice(-3000)}`))))
  })
}

async function exists(server: Server, name: string) {
  const client = new pg.Client({ connectionString: databaseUrl(server, "postgres") })
  await client.connect()
  try {
    return Boolean((await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount)
  } finally {
    await client.end()
  }
}

async function rename(server: Server, from: string, to: string) {
  const client = new pg.Client({ connectionString: databaseUrl(server, "postgres") })
  await client.connect()
  try {
    await client.query(`ALTER DATABASE ${client.escapeIdentifier(from)} RENAME TO ${client.escapeIdentifier(to)}`)
  } finally {
    await client.end()
  }
}

function backendEnv(server: Server, database: string, dir: string, secrets: Record<string, string>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    ...secrets,
    NODE_ENV: "production",
    MEDUSA_DISABLE_TELEMETRY: "true",
    ADMIN_DISABLED: "true",
    COOKIE_SECURE: "false",
    LOG_LEVEL: "error",
    DATABASE_URL: databaseUrl(server, database),
    PORT: String(BACKEND_PORT),
    MEDUSA_BACKEND_URL: backendUrl,
    STOREFRONT_URL: storefrontUrl,
    UPLOAD_DIR: path.join(dir, "uploads"),
    PRIVATE_UPLOAD_DIR: path.join(dir, "private"),
  }
}

/** Medusa serves public files from <build>/static: point it at the e2e uploads, or add them to what is there. */
function publishUploads(dir: string) {
  const link = path.join(backendBuildDir, "static")
  const uploads = path.join(dir, "uploads")
  if (!existsSync(link)) return symlinkSync(uploads, link)
  if (realpathSync(link) !== realpathSync(uploads))
    cpSync(uploads, realpathSync(link), { recursive: true, force: false, errorOnExist: false })
}

export async function startStack(log: (line: string) => void = () => {}): Promise<Stack> {
  const server: Server = await testDatabaseServer()
  const fingerprint = schemaFingerprint()
  const dir = path.join(dataDir, `e2e-${fingerprint}`)
  const seeded = `cm_e2e_${fingerprint}`
  const secrets = {
    JWT_SECRET: randomBytes(32).toString("hex"),
    COOKIE_SECRET: randomBytes(32).toString("hex"),
    PARTNER_TOKEN_PEPPER: randomBytes(32).toString("hex"),
  }
  if (!(await exists(server, seeded)) || !existsSync(path.join(dir, "storefront.json"))) {
    log("seeding the e2e catalogue (once per schema)…")
    rmSync(dir, { recursive: true, force: true })
    mkdirSync(path.join(dir, "uploads"), { recursive: true })
    mkdirSync(path.join(dir, "private"), { recursive: true })
    const building = `${seeded}_building`
    await cloneDatabase(server, await migratedTemplate(server, log), building)
    await run(["exec", "./src/scripts/seed/index.js", dir], backendEnv(server, building, dir, secrets))
    await rename(server, building, seeded)
  }
  const database = "cm_e2e_run"
  await cloneDatabase(server, seeded, database)
  publishUploads(dir)
  const publishableKey = JSON.parse(readFileSync(path.join(dir, "storefront.json"), "utf8")).publishable_key as string

  let output = ""
  const collect = (child: ChildProcess, name: string) => {
    child.stdout!.on("data", (chunk) => (output += `[${name}] ${chunk}`))
    child.stderr!.on("data", (chunk) => (output += `[${name}] ${chunk}`))
  }
  const backend = spawn(medusaBin, ["start"], {
    cwd: backendBuildDir,
    env: backendEnv(server, database, dir, secrets),
    stdio: ["ignore", "pipe", "pipe"],
  })
  collect(backend, "backend")
  const storefrontEnvironment = storefrontEnv({
    port: STOREFRONT_PORT,
    backendUrl,
    publishableKey,
    cookieSecret: secrets.COOKIE_SECRET,
    production: true,
  })
  storefrontEnvironment.IMAGE_CACHE_DIR = path.join(dir, `images-${Date.now()}`)
  storefrontEnvironment.STOREFRONT_URL = storefrontUrl
  let storefront: ChildProcess | null = null
  const stop = async () => {
    for (const child of [storefront, backend]) {
      if (!child || child.exitCode !== null) continue
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => (child.kill("SIGKILL"), resolve()), 10_000)
        child.once("exit", () => (clearTimeout(timer), resolve()))
        child.kill("SIGTERM")
      })
    }
    rmSync(storefrontEnvironment.IMAGE_CACHE_DIR, { recursive: true, force: true })
    await server.stop()
  }
  try {
    for (let i = 0; ; i++) {
      if (backend.exitCode !== null || i > 240) throw new Error(`the e2e backend did not start:\n${output.slice(-3000)}`)
      const healthy = await fetch(`${backendUrl}/health`)
        .then((r) => r.ok)
        .catch(() => false)
      if (healthy) break
      await new Promise((resolve) => setTimeout(resolve, 500))
    }
    storefront = spawnStorefront({ dev: false, env: storefrontEnvironment }) as ChildProcess
    collect(storefront, "storefront")
    if (!(await waitForStorefront(storefront, STOREFRONT_PORT)))
      throw new Error(`the e2e storefront did not start:\n${output.slice(-3000)}`)
  } catch (error) {
    await stop()
    throw error
  }
  return { storefrontUrl, backendUrl, publishableKey, stop, log: () => output }
}
