// The start-up every backend benchmark shares: its own embedded PostgreSQL, migrated and seeded
// with the demo catalogue, and the built backend started on it in production mode.
import { spawn } from "node:child_process"
import { mkdirSync, openSync, readFileSync } from "node:fs"
import path from "node:path"
import { fail, step } from "./console.mjs"
import { ensureDatabase, startEmbeddedDb } from "./embedded-db.mjs"
import { runMedusa } from "./medusa.mjs"
import { backendBuildDir, dataDir, medusaBin } from "./paths.mjs"
import { localSecrets } from "./state.mjs"

/**
 * Starts the bench's database (`.data/<name>-postgres`, port BENCH_PG_PORT or `pgPort`), migrates
 * it and seeds the demo catalogue (skipped when present; the seed's facts land in `.data/<name>`).
 * Returns the database, the backend's env and that folder.
 */
export async function openBenchDatabase({ name, database, pgPort, env: extra = {} }) {
  const db = await startEmbeddedDb({
    dir: path.join(dataDir, `${name}-postgres`),
    port: Number(process.env.BENCH_PG_PORT ?? pgPort),
    fast: true,
  })
  try {
    await ensureDatabase(db.url("postgres"), database)
    const env = {
      ...process.env,
      ...localSecrets(),
      NODE_ENV: "production",
      COOKIE_SECURE: "false",
      ADMIN_DISABLED: "true",
      LOG_LEVEL: "warn",
      MEDUSA_DISABLE_TELEMETRY: "true",
      // the hourly feed build (minute 17) would run beside whatever a benchmark measures
      FEEDS_SCHEDULED_BUILDS: "false",
      ...extra,
      DATABASE_URL: db.url(database),
    }
    delete env.REDIS_URL
    step("Migrating the bench database")
    await runMedusa(["db:migrate", "--execute-all-links", "--execute-all-search"], { env, quiet: true })
    step("Seeding the demo catalogue (skipped when present)")
    const benchDir = path.join(dataDir, name)
    mkdirSync(benchDir, { recursive: true })
    await runMedusa(["exec", "./src/scripts/seed/index.js", benchDir], { env, quiet: true })
    return { db, env, benchDir }
  } catch (error) {
    await db.stop()
    throw error
  }
}

/**
 * Starts the built backend on `port` with `env` and resolves once /health answers. With
 * BENCH_CPU_PROF=<dir> the backend writes a V8 CPU profile there when it stops (open it in Chrome
 * DevTools or speedscope); with BENCH_BACKEND_LOG=<file> its log is appended to that file.
 */
export async function startBenchBackend(env, port, { cluster = 1 } = {}) {
  const profile = process.env.BENCH_CPU_PROF ? ["--cpu-prof", "--cpu-prof-dir", path.resolve(process.env.BENCH_CPU_PROF)] : []
  // BENCH_BACKEND_LOG=<file>: the backend's own log goes there (what it did while it was measured)
  const log = process.env.BENCH_BACKEND_LOG ? openSync(path.resolve(process.env.BENCH_BACKEND_LOG), "a") : "ignore"
  // Medusa's own cluster mode: a primary that forks `cluster` processes sharing the port, each
  // serving HTTP and running subscribers and jobs (the scale-out profile: they share Redis)
  const clusterArgs = cluster > 1 ? ["--cluster", String(cluster)] : []
  const server = spawn(process.execPath, [...profile, medusaBin, "start", ...clusterArgs], {
    cwd: backendBuildDir,
    env: { ...env, PORT: String(port) },
    stdio: ["ignore", log, log],
    detached: cluster > 1, // its own process group, so stopping it stops the forked processes too
  })
  const base = `http://127.0.0.1:${port}`
  await waitFor(async () => (await fetch(`${base}/health`)).ok, "the backend did not start: run `npm run build` first")
  return { server, base }
}

/**
 * CPU seconds (user + system) a process has used so far, from /proc (Linux; null elsewhere). On a
 * shared machine this is steadier than wall time: what a phase costs, not what the neighbours do.
 */
export function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1].split(" ")
    let seconds = (Number(fields[11]) + Number(fields[12])) / 100 // utime + stime, in USER_HZ ticks (100 on Linux)
    // a cluster's forked processes count too (a single process has none)
    for (const child of readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean)) {
      seconds += cpuSeconds(Number(child)) ?? 0
    }
    return seconds
  } catch {
    return null
  }
}

/** Stops a started backend and waits for it to exit. */
export async function stopBenchBackend(server) {
  if (!server || server.exitCode !== null) return
  if (server.spawnargs.includes("--cluster")) process.kill(-server.pid, "SIGTERM")
  else server.kill("SIGTERM")
  await new Promise((resolve) => server.once("exit", resolve))
}

/** Polls `probe` every 500 ms until it returns true, up to `timeoutMs`. */
export async function waitFor(probe, message = "timed out", timeoutMs = 180_000) {
  for (const end = Date.now() + timeoutMs; Date.now() < end;) {
    try {
      if (await probe()) return
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  throw new Error(message)
}

/**
 * Opens the bench's database (`openBenchDatabase` options), runs `bench` with it and a `start(env,
 * port)` that starts the backend (stopping the one it started before), then stops both whatever
 * happened; a failure is printed and sets the exit code.
 */
export async function runBench(options, bench) {
  const stack = await openBenchDatabase(options)
  let server
  const start = async (env, port, options) => {
    await stopBenchBackend(server)
    const started = await startBenchBackend(env, port, options)
    server = started.server
    return started
  }
  try {
    await bench({ ...stack, start })
  } catch (error) {
    fail(error.stack ?? String(error))
    process.exitCode = 1
  } finally {
    await stopBenchBackend(server)
    await stack.db.stop()
  }
}
