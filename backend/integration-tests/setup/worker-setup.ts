// Runs in each test worker before the test file: Medusa loads TypeScript (medusa-config.ts,
// src/**) with Node's require, so ts-node must be registered; the DB_* variables must be in
// process.env before @medusajs/test-utils is imported.
import { createRequire } from "node:module"
import { inject } from "vitest"

Object.assign(process.env, inject("testDatabase"))

const require = createRequire(import.meta.url)
require("ts-node").register({ transpileOnly: true, swc: true })

const { MetadataStorage } = require("@medusajs/framework/mikro-orm/core")
MetadataStorage.clear()
