#!/usr/bin/env node
// `npm run reindex`: rebuilds the product search index from the database, with progress, and
// prints documents/s. Needs the marketplace's database (`npm start` running, or DATABASE_URL).
import { fail, step } from "./lib/console.mjs"
import { backendExec, LaunchError, marketplaceDatabaseUrl } from "./lib/backend-exec.mjs"

try {
  const url = await marketplaceDatabaseUrl()
  step(`Reindexing the product search index in ${new URL(url).host}${new URL(url).pathname}`)
  const code = await backendExec("./src/scripts/reindex/index.js", [], url)
  if (code !== 0)
    throw new LaunchError(`Reindexing stopped with exit code ${code} (see above); the previous index stays active. Run it again.`)
} catch (error) {
  fail(error instanceof LaunchError ? error.message : (error.stack ?? String(error)))
  process.exit(1)
}
