import { readFileSync } from "node:fs"
import path from "node:path"

/** HS 2022 six-digit subheadings (leaves) and their descriptions, read once from data/hs2022.csv. */
let leaves: Map<string, string> | undefined

function dataFile(): string {
  // the package's own data folder, from source (tests) and from the build alike
  return path.join(path.dirname(require.resolve("@creative-market/export-listings/package.json")), "data", "hs2022.csv")
}

/** Parses the nomenclature: rows whose hscode has exactly six digits are the leaves. */
export function parseHsCsv(csv: string): Map<string, string> {
  const result = new Map<string, string>()
  for (const line of csv.split("\n").slice(1)) {
    // section "TOTAL" holds UN Comtrade's own aggregates (999999), not HS subheadings
    const match = /^(?!TOTAL,)[^,]*,(\d{6}),("(?:[^"]|"")*"|[^,]*),/.exec(line)
    if (match) result.set(match[1], match[2].replace(/^"|"$/g, "").replace(/""/g, '"'))
  }
  return result
}

export function hsLeaves(): Map<string, string> {
  leaves ??= parseHsCsv(readFileSync(dataFile(), "utf8"))
  return leaves
}

/** True when `code` is a six-digit subheading of HS 2022 (not a chapter, heading or unknown code). */
export function isHsLeaf(code: string): boolean {
  return hsLeaves().has(code)
}

export function hsChapter(code: string): number {
  return Number(code.slice(0, 2))
}
