#!/usr/bin/env node
// `npm run generate:catalogue -- [--count N | N] [--batch N] [--writer sql|services] [--reindex]`:
// adds N synthetic products (gen-1…gen-N; default 50,000) to the catalogue for search benchmarks,
// by running the built backend's generate-catalogue script through `medusa exec`. Re-running with
// the same N adds nothing; a larger N adds the difference. --reindex rebuilds the search indexes
// afterwards (bulk-written products send no events for the search module to ingest).
import { pathToFileURL } from "node:url"
import { fail, step } from "./lib/console.mjs"
import { backendExec, LaunchError, marketplaceDatabaseUrl } from "./lib/backend-exec.mjs"

const SCRIPT = "./src/scripts/generate-catalogue/index.js"
const USAGE = `usage: npm run generate:catalogue -- [--count N | N] [--batch N] [--writer sql|services] [--reindex]`

/** `--count 5000`, `--count=5000` or a bare `5000`; likewise --batch and --writer; --reindex takes no value. */
export function parseArgs(argv) {
  const options = {}
  const rest = [...argv]
  while (rest.length) {
    const arg = rest.shift()
    if (arg === "--help" || arg === "-h") return { help: true }
    if (arg === "--reindex") {
      options.reindex = true
      continue
    }
    const [flag, inline] = arg.startsWith("--") ? arg.split("=", 2) : [undefined, undefined]
    const name = { "--count": "count", "--batch": "batch", "--writer": "writer" }[flag]
    if (flag && !name) throw new LaunchError(`Unknown option ${flag}. ${USAGE}`)
    const value = name ? (inline ?? rest.shift()) : arg
    const key = name ?? "count"
    if (key !== "writer" && !/^[1-9][0-9]*$/.test(value ?? ""))
      throw new LaunchError(`${key} must be a positive whole number, got ${JSON.stringify(value)}. ${USAGE}`)
    if (key === "writer" && !["sql", "services"].includes(value)) throw new LaunchError(`--writer takes sql or services. ${USAGE}`)
    options[key] = value
  }
  return options
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.help) return console.log(USAGE)
  const url = await marketplaceDatabaseUrl()
  const count = options.count ?? "50000"
  step(`Generating ${Number(count).toLocaleString("en")} products into ${new URL(url).host}${new URL(url).pathname}`)
  const args = [
    `count=${count}`,
    ...(options.batch ? [`batch=${options.batch}`] : []),
    ...(options.writer ? [`writer=${options.writer}`] : []),
    ...(options.reindex ? ["reindex"] : []),
  ]
  const code = await backendExec(SCRIPT, args, url)
  if (code !== 0)
    throw new LaunchError(
      `The generator stopped with exit code ${code} (see above). Products written so far stay; run the same command again to continue.`,
    )
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    fail(error instanceof LaunchError ? error.message : (error.stack ?? String(error)))
    process.exit(1)
  })
}
