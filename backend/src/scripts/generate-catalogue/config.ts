import { z } from "@medusajs/framework/zod"

/**
 * The generator's options, from `medusa exec …/generate-catalogue/index.js count=50000 batch=1000
 * writer=sql reindex` (the launcher scripts/generate-catalogue.mjs builds them from its flags).
 */
const GeneratorArgs = z
  .object({
    count: z.coerce.number().int().min(1).max(5_000_000).default(50_000),
    batch: z.coerce.number().int().min(10).max(5_000).default(1_000),
    /** sql: bulk INSERTs in one transaction per batch (fast); services: the module services (slow, schema-proof) */
    writer: z.enum(["sql", "services"]).default("sql"),
    /** rebuild the search indexes afterwards: products written in bulk send no events to ingest */
    reindex: z.boolean().default(false),
  })
  .strict()

export type GeneratorConfig = z.infer<typeof GeneratorArgs>

export function parseGeneratorArgs(args: string[] = []): GeneratorConfig {
  const raw: Record<string, unknown> = {}
  for (const arg of args) {
    const [key, value] = arg.split("=", 2)
    raw[key] = value === undefined ? true : value
  }
  const parsed = GeneratorArgs.safeParse(raw)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    throw new Error(`${issue.path.join(".") || "arguments"}: ${issue.message}. Use count=50000 batch=1000 writer=sql|services reindex.`)
  }
  return parsed.data
}
