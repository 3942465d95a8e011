#!/usr/bin/env node
// `npm start`: from a fresh clone to a running marketplace. Builds what changed, starts the
// embedded PostgreSQL when DATABASE_URL is unset, migrates only when the schema changed,
// seeds the demo catalogue once, creates an operator account, then runs the backend
// (admin at /app). `npm run dev` does the same with `medusa develop`.
import { spawn, spawnSync } from "node:child_process"
import { randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync } from "node:fs"
import path from "node:path"
import { EMBEDDED_PORT } from "./lib/backend-exec.mjs"
import { dim, fail, pipeLines, step } from "./lib/console.mjs"
import { checkReachable, DatabaseError, ensureDatabase, portIsFree, startEmbeddedDb } from "./lib/embedded-db.mjs"
import { schemaFingerprint } from "./lib/fingerprint.mjs"
import { ConfigurationError, runMedusa } from "./lib/medusa.mjs"
import { backendBuildDir, backendDir, dataDir, root, turboBin } from "./lib/paths.mjs"
import { portSetting } from "./lib/ports.mjs"
import { databaseState, localSecrets, saveDatabaseState } from "./lib/state.mjs"
import { printReady } from "./lib/start-summary.mjs"
import { spawnStorefront, storefrontEnv, waitForStorefront } from "./lib/storefront.mjs"

const dev = process.argv.includes("--dev")
const started = Date.now()
const PORT = portSetting("PORT", 9000)
const STOREFRONT_PORT = portSetting("STOREFRONT_PORT", 3000)
const DATABASE_NAME = "creative_market"
const ADMIN_EMAIL = process.env.ADMIN_EMAIL ?? "admin@creative-market.az"
// the demo shop's owner (backend/src/scripts/seed/steps/demo-creator.ts): signs in to the studio
const DEMO_CREATOR_EMAIL = "demo-creator@creative-market.az"

class StartError extends Error {}

let database = null
let backend = null
let storefront = null
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  if (storefront && storefront.exitCode === null) storefront.kill("SIGTERM")
  if (backend && backend.exitCode === null) {
    step("Stopping the backend…")
    backend.kill("SIGINT")
    await new Promise((resolve) => {
      const timer = setTimeout(() => (backend.kill("SIGKILL"), resolve()), 10_000)
      backend.once("exit", () => (clearTimeout(timer), resolve()))
    })
  }
  if (database?.owned) {
    step("Stopping the embedded PostgreSQL…")
    await database.stop()
  }
  process.exit(code)
}

process.on("SIGINT", () => shutdown(0))
process.on("SIGTERM", () => shutdown(0))

function checkNode() {
  const [major, minor] = process.versions.node.split(".").map(Number)
  if (major < 20 || (major === 20 && minor < 19)) {
    throw new StartError(`Node ${process.versions.node} is too old: Creative Market needs Node 20.19 or newer (nvm install 20).`)
  }
  if (!existsSync(turboBin)) throw new StartError("Dependencies are missing: run `npm install` first.")
}

function build() {
  step(`Building plugins, backend and storefront ${dim("(turbo; cached after the first run, which takes about a minute)")}`)
  const result = spawnSync(turboBin, ["run", "build", "--output-logs=errors-only"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: "1" },
  })
  if (result.status !== 0) throw new StartError("The build failed (see above): fix the error and run `npm start` again.")
}

async function connectDatabase() {
  if (process.env.DATABASE_URL) {
    let url
    try {
      url = new URL(process.env.DATABASE_URL)
      if (!/^postgres(ql)?:$/.test(url.protocol)) throw new Error()
    } catch {
      throw new StartError(
        "DATABASE_URL is not a PostgreSQL URL: use postgres://user:password@host:5432/database, or unset it to use the embedded database.",
      )
    }
    step(`Using the database at ${url.host}${url.pathname}`)
    const problem = await checkReachable(process.env.DATABASE_URL)
    if (problem) {
      throw new StartError(
        `Cannot reach the database at ${url.host}${url.pathname} (${problem}): start PostgreSQL or fix DATABASE_URL, or unset DATABASE_URL to use the embedded database.`,
      )
    }
    return process.env.DATABASE_URL
  }
  step(`Starting the embedded PostgreSQL on port ${EMBEDDED_PORT} ${dim("(data in .data/postgres)")}`)
  database = await startEmbeddedDb({ dir: path.join(dataDir, "postgres"), port: EMBEDDED_PORT, log: (text) => step(text) })
  await ensureDatabase(database.url("postgres"), DATABASE_NAME)
  return database.url(DATABASE_NAME)
}

/**
 * Uploaded files live in .data/ so that a rebuild (which wipes .medusa/server) keeps them. Medusa
 * serves /static from the folder it runs in: the build for `npm start`, `backend/` for `npm run dev`
 * (whose `static/` otherwise holds only what integration tests uploaded, git-ignored).
 */
function linkUploads() {
  const uploads = path.join(dataDir, "uploads")
  mkdirSync(uploads, { recursive: true })
  mkdirSync(path.join(dataDir, "private"), { recursive: true })
  const link = path.join(dev ? backendDir : backendBuildDir, "static")
  rmSync(link, { recursive: true, force: true })
  symlinkSync(uploads, link)
}

function backendEnv(databaseUrl) {
  const secrets = process.env.NODE_ENV === "production" ? {} : localSecrets()
  return {
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    ...secrets,
    ...Object.fromEntries(
      ["JWT_SECRET", "COOKIE_SECRET", "PARTNER_TOKEN_PEPPER"].filter((k) => process.env[k]).map((k) => [k, process.env[k]]),
    ),
    NODE_ENV: dev ? "development" : (process.env.NODE_ENV ?? "production"),
    COOKIE_SECURE: process.env.COOKIE_SECURE ?? "false",
    LOG_LEVEL: process.env.LOG_LEVEL ?? "info",
    DATABASE_URL: databaseUrl,
    PORT: String(PORT),
    MEDUSA_BACKEND_URL: process.env.MEDUSA_BACKEND_URL ?? `http://localhost:${PORT}`,
    STOREFRONT_URL: process.env.STOREFRONT_URL ?? `http://localhost:${STOREFRONT_PORT}`,
    UPLOAD_DIR: process.env.UPLOAD_DIR ?? path.join(dataDir, "uploads"),
    PRIVATE_UPLOAD_DIR: process.env.PRIVATE_UPLOAD_DIR ?? path.join(dataDir, "private"),
    FEEDS_DIR: process.env.FEEDS_DIR ?? path.join(dataDir, "feeds"),
    ...(process.env.SMTP_URL && !process.env.MAIL_DIR ? {} : { MAIL_DIR: process.env.MAIL_DIR ?? path.join(dataDir, "mail") }),
  }
}

async function migrate(databaseUrl, env) {
  const fingerprint = schemaFingerprint()
  if (databaseState(databaseUrl).schema === fingerprint) {
    step(`Database schema is up to date ${dim(`(${fingerprint})`)}`)
    return
  }
  step("Migrating the database (first start: about a minute)…")
  const t = Date.now()
  await runMedusa(["db:migrate", "--execute-all-links", "--execute-all-search"], { env, quiet: true })
  saveDatabaseState(databaseUrl, { schema: fingerprint })
  step(`Migrated in ${((Date.now() - t) / 1000).toFixed(1)} s`)
}

async function seed(databaseUrl, env) {
  const state = databaseState(databaseUrl)
  if (state.seeded && state.demoCreator) return state.demoCreator
  // your own database gets the demo catalogue only when asked for
  if (process.env.DATABASE_URL && process.env.DEMO_CATALOGUE !== "true") {
    step(`Not seeding the demo catalogue into DATABASE_URL ${dim("(set DEMO_CATALOGUE=true to seed it)")}`)
    return null
  }
  const demoCreator = state.demoCreator ?? {
    email: DEMO_CREATOR_EMAIL,
    password: process.env.DEMO_CREATOR_PASSWORD ?? randomBytes(12).toString("base64url"),
  }
  // a database seeded before the demo creator existed only gets the account (the seed is idempotent)
  step(state.seeded ? "Adding the demo creator account…" : "Seeding the demo catalogue (once)…")
  await runMedusa(["exec", "./src/scripts/seed/index.js", dataDir], {
    env: { ...env, DEMO_CREATOR_PASSWORD: demoCreator.password },
    onLine: (line) => line.includes("seed:") && console.log(`  ${line.replace(/^.*seed:\s*/, "")}`),
    quiet: true,
  })
  saveDatabaseState(databaseUrl, { seeded: true, demoCreator })
  return demoCreator
}

async function ensureOperator(databaseUrl, env) {
  const state = databaseState(databaseUrl)
  if (state.admin) return state.admin
  const admin = { email: ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD ?? randomBytes(12).toString("base64url") }
  step(`Creating the operator account ${admin.email}`)
  try {
    await runMedusa(["user", "-e", admin.email, "-p", admin.password], { env, quiet: true })
  } catch (error) {
    throw new StartError(
      `Could not create the operator account ${admin.email} (${error.message}). If it already exists, set ADMIN_EMAIL to a new address or reset the password with \`npx medusa user\`.`,
    )
  }
  saveDatabaseState(databaseUrl, { admin })
  return admin
}

function storefrontFacts() {
  const file = path.join(dataDir, "storefront.json")
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : {}
}

async function waitForHealth() {
  for (let i = 0; i < 240; i++) {
    if (backend.exitCode !== null) return false
    try {
      const response = await fetch(`http://127.0.0.1:${PORT}/health`)
      if (response.ok) return true
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return false
}

async function runBackend(env, admin, demoCreator) {
  const [cwd, command] = dev ? [backendDir, "develop"] : [backendBuildDir, "start"]
  step(`Starting the backend ${dim(`(medusa ${command})`)}`)
  backend = spawn(path.join(root, "node_modules", ".bin", "medusa"), [command], { cwd, env, stdio: ["ignore", "pipe", "pipe"] })
  pipeLines(backend.stdout, (line) => console.log(line))
  pipeLines(backend.stderr, (line) => console.error(line))
  backend.on("exit", (code) => {
    if (!stopping) {
      fail(`The backend stopped (exit code ${code}); see the log above.`)
      shutdown(code || 1)
    }
  })
  if (!(await waitForHealth())) throw new StartError("The backend did not become healthy: see the log above.")
  const facts = storefrontFacts()
  const url = `http://localhost:${PORT}`
  await runStorefront(env, facts, url)
  printReady({ started, url, storefrontPort: STOREFRONT_PORT, facts, admin, demoCreator, env })
}

/** The shop for buyers, after the backend is healthy, with the backend URL and publishable key handed over. */
async function runStorefront(env, facts, backendUrl) {
  if (!facts.publishable_key)
    throw new StartError("The seed wrote no publishable key (.data/storefront.json): delete .data/ and start again.")
  step(`Starting the storefront ${dim(dev ? "(react-router dev, hot reload)" : "(production build)")}`)
  const storefrontEnvironment = storefrontEnv({
    port: STOREFRONT_PORT,
    backendUrl,
    publishableKey: facts.publishable_key,
    cookieSecret: env.COOKIE_SECRET,
    production: !dev,
    stripePublishableKey: env.STRIPE_PUBLISHABLE_KEY,
  })
  storefront = spawnStorefront({ dev, env: storefrontEnvironment })
  pipeLines(storefront.stdout, (line) => console.log(`[storefront] ${line}`))
  pipeLines(storefront.stderr, (line) => console.error(`[storefront] ${line}`))
  storefront.on("exit", (code) => {
    if (!stopping) {
      fail(`The storefront stopped (exit code ${code}); see the log above.`)
      shutdown(code || 1)
    }
  })
  if (!(await waitForStorefront(storefront, STOREFRONT_PORT))) throw new StartError("The storefront did not start: see the log above.")
}

async function main() {
  checkNode()
  if (!(await portIsFree(PORT, "0.0.0.0"))) {
    throw new StartError(
      `Port ${PORT} is already in use: stop what is listening there (is another \`npm start\` running?) or set PORT to a free port.`,
    )
  }
  if (!(await portIsFree(STOREFRONT_PORT, "0.0.0.0"))) {
    throw new StartError(`Port ${STOREFRONT_PORT} is already in use: stop what is listening there or set STOREFRONT_PORT to a free port.`)
  }
  const databaseUrl = await connectDatabase()
  build()
  linkUploads()
  const env = backendEnv(databaseUrl)
  await migrate(databaseUrl, env)
  const demoCreator = await seed(databaseUrl, env)
  const admin = await ensureOperator(databaseUrl, env)
  await runBackend(env, admin, demoCreator)
}

main().catch(async (error) => {
  const known = error instanceof StartError || error instanceof DatabaseError || error instanceof ConfigurationError
  fail(
    known
      ? error.message
      : `${error.message}\n\nIf this keeps happening, delete .data/ for a fresh embedded database, or open an issue with the output above.`,
  )
  await shutdown(1)
})
