import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"
import { LOCALES } from "../data/markets"
import type { RegionIds } from "./regions"

export type StorefrontFacts = {
  publishable_key: string
  sales_channel_id: string
  regions: RegionIds
  locales: string[]
}

/** `<dataDir>/storefront.json`: what `npm start` prints and the storefront needs to talk to the store API. */
export async function writeStorefrontFile(dataDir: string, facts: Omit<StorefrontFacts, "locales">) {
  await mkdir(dataDir, { recursive: true })
  const file = path.join(dataDir, "storefront.json")
  const content: StorefrontFacts = { ...facts, locales: LOCALES.map((locale) => locale.code) }
  await writeFile(file, `${JSON.stringify(content, null, 2)}\n`)
  return file
}
