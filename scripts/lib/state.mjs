// What `npm start` remembers between runs, per database: the schema fingerprint it last
// migrated to, whether the demo catalogue is seeded, and the operator account it created.
import { createHash, randomBytes } from "node:crypto"
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs"
import path from "node:path"
import { dataDir } from "./paths.mjs"

const file = path.join(dataDir, "state.json")

function readAll() {
  return existsSync(file) ? JSON.parse(readFileSync(file, "utf8")) : { databases: {} }
}

function key(databaseUrl) {
  return createHash("sha256").update(databaseUrl).digest("hex").slice(0, 12)
}

export function databaseState(databaseUrl) {
  return readAll().databases[key(databaseUrl)] ?? {}
}

export function saveDatabaseState(databaseUrl, patch) {
  const all = readAll()
  all.databases[key(databaseUrl)] = { ...all.databases[key(databaseUrl)], ...patch }
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, JSON.stringify(all, null, 2) + "\n", { mode: 0o600 })
}

/** Per-checkout secrets for the local profile: generated once, never committed. */
export function localSecrets() {
  const all = readAll()
  const names = ["JWT_SECRET", "COOKIE_SECRET", "PARTNER_TOKEN_PEPPER"]
  if (!all.secrets || names.some((name) => !all.secrets[name])) {
    all.secrets = { ...Object.fromEntries(names.map((name) => [name, randomBytes(32).toString("hex")])), ...all.secrets }
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(file, JSON.stringify(all, null, 2) + "\n", { mode: 0o600 })
  }
  return all.secrets
}
