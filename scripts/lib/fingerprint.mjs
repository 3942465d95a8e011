// A hash of everything that changes the database schema: when it is unchanged since the
// last migration, `npm start` skips `medusa db:migrate`, and tests reuse their template.
import { createHash } from "node:crypto"
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { root } from "./paths.mjs"

const SCHEMA_DIRS = ["migrations", "links", "search"]

function walk(dir, files) {
  if (!existsSync(dir)) return
  for (const entry of readdirSync(dir).sort()) {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) walk(full, files)
    else files.push(full)
  }
}

function schemaFiles(srcDir, files) {
  if (!existsSync(srcDir)) return
  for (const entry of readdirSync(srcDir, { recursive: true }).sort()) {
    const rel = String(entry)
    if (SCHEMA_DIRS.includes(path.basename(rel)) && statSync(path.join(srcDir, rel)).isDirectory()) {
      walk(path.join(srcDir, rel), files)
    }
  }
}

export function schemaFingerprint() {
  const files = [path.join(root, "package-lock.json"), path.join(root, "backend", "medusa-config.ts")]
  schemaFiles(path.join(root, "backend", "src"), files)
  const pluginsDir = path.join(root, "plugins")
  if (existsSync(pluginsDir)) {
    for (const plugin of readdirSync(pluginsDir).sort()) schemaFiles(path.join(pluginsDir, plugin, "src"), files)
  }
  const hash = createHash("sha256")
  for (const file of files) {
    if (!existsSync(file)) continue
    hash.update(path.relative(root, file))
    hash.update(readFileSync(file))
  }
  return hash.digest("hex").slice(0, 16)
}
