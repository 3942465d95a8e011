// Runs one of the backend's scripts (`medusa exec`) against the database `npm start` uses, for
// the commands that work on a running marketplace: the catalogue generator, reindex, benchmarks.
import { spawn } from "node:child_process"
import { existsSync } from "node:fs"
import path from "node:path"
import { bold } from "./console.mjs"
import { checkReachable } from "./embedded-db.mjs"
import { backendBuildDir, medusaBin } from "./paths.mjs"
import { portSetting } from "./ports.mjs"
import { localSecrets } from "./state.mjs"

export class LaunchError extends Error {}

export const EMBEDDED_PORT = portSetting("EMBEDDED_PG_PORT", 54329)
export const EMBEDDED_URL = `postgres://postgres:postgres@127.0.0.1:${EMBEDDED_PORT}/creative_market`

/** DATABASE_URL, or the embedded database while `npm start` runs. */
export async function marketplaceDatabaseUrl() {
  if (process.env.DATABASE_URL) {
    const problem = await checkReachable(process.env.DATABASE_URL)
    if (problem) throw new LaunchError(`Cannot reach DATABASE_URL (${problem}): start that PostgreSQL or fix DATABASE_URL.`)
    return process.env.DATABASE_URL
  }
  const problem = await checkReachable(EMBEDDED_URL, 3000)
  if (problem) {
    throw new LaunchError(
      `Cannot reach the embedded database at 127.0.0.1:${EMBEDDED_PORT}/creative_market (${problem}). ` +
        `Run ${bold("npm start")} in another terminal first (it starts the embedded PostgreSQL and seeds the demo catalogue), ` +
        `or set DATABASE_URL to a migrated and seeded database.`,
    )
  }
  return EMBEDDED_URL
}

/** `medusa exec <script> <args…>` in the built backend, output passed through; resolves to the exit code. */
export function backendExec(script, args, databaseUrl) {
  if (!existsSync(path.join(backendBuildDir, script))) {
    throw new LaunchError(
      `The backend is not built (${path.relative(process.cwd(), path.join(backendBuildDir, script))} is missing): run ${bold("npm run build")} or ${bold("npm start")} first.`,
    )
  }
  const env = {
    ...localSecrets(),
    ...process.env,
    MEDUSA_DISABLE_TELEMETRY: "true",
    NODE_ENV: process.env.NODE_ENV ?? "development",
    DATABASE_URL: databaseUrl,
  }
  return new Promise((resolve, reject) => {
    const child = spawn(medusaBin, ["exec", script, ...args], { cwd: backendBuildDir, env, stdio: "inherit" })
    child.on("error", reject)
    child.on("exit", (code) => resolve(code ?? 1))
  })
}
