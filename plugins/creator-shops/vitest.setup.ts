// Runs in each test worker: the DB_* variables for moduleIntegrationTestRunner, and the ts-node
// hook Medusa needs to load a module's TypeScript with Node's require (reference: mechanics §3).
import { createRequire } from "node:module"
import { inject } from "vitest"

Object.assign(process.env, inject("testDatabase"))
// the runner names its database after JEST_WORKER_ID, which vitest never sets: without this,
// parallel files of one module would share a database
process.env.JEST_WORKER_ID ??= process.env.VITEST_POOL_ID

const require = createRequire(import.meta.url)
require("ts-node").register({ transpileOnly: true, swc: true })
const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")
MetadataStorage.clear()
