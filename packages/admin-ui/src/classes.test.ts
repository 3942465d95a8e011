import { readdirSync, readFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { describe, expect, it } from "vitest"

// The dashboard build's Tailwind scans the dashboard, the UI kit and the plugins' own admin bundles
// for class names, not this package: a class used only here would be missing from the stylesheet.
const dashboardDir = path.dirname(createRequire(import.meta.url).resolve("@medusajs/dashboard"))
// the words Tailwind's extractor would read there (split at quotes, white space and brackets)
const dashboardWords = new Set(
  readdirSync(dashboardDir, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".js") || file.endsWith(".mjs"))
    .flatMap((file) => readFileSync(path.join(dashboardDir, file), "utf8").split(/[\s"'`{}()]+/)),
)

const sourceDir = path.join(import.meta.dirname)
const components = readdirSync(sourceDir).filter((file) => file.endsWith(".tsx") && file !== "test.tsx")

describe("the shared Admin components", () => {
  it.each(components)("%s uses only classes the dashboard itself uses, so its stylesheet has them", (file) => {
    const source = readFileSync(path.join(sourceDir, file), "utf8")
    const classes = [...source.matchAll(/className="([^"]*)"/g)].flatMap((match) => match[1].split(/\s+/))
    for (const name of classes) expect(dashboardWords.has(name), name).toBe(true)
  })
})
