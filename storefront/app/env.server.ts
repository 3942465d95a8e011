import { z } from "zod"

/** The storefront's whole configuration; `npm start` fills it from the seed's storefront.json. */
const Env = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  MEDUSA_BACKEND_URL: z.url({ protocol: /^https?$/ }).default("http://localhost:9000"),
  MEDUSA_PUBLISHABLE_KEY: z.string().regex(/^pk_[0-9a-zA-Z_]+$/, "must be the store's publishable API key (pk_…)"),
  /** the public origin of the storefront, for canonical links, sitemaps and Open Graph */
  STOREFRONT_URL: z.url({ protocol: /^https?$/ }).optional(),
  SESSION_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  COOKIE_SECURE: z.enum(["true", "false"]).default("false"),
  STRIPE_PUBLISHABLE_KEY: z
    .string()
    .regex(/^pk_(test|live)_/, "must be a Stripe publishable key (pk_test_… or pk_live_…)")
    .optional(),
  IMAGE_CACHE_DIR: z.string().default(".cache/images"),
  /** seconds a catalogue response is reused for the same region and locale */
  CATALOGUE_CACHE_SECONDS: z.coerce.number().int().min(0).max(3600).default(30),
  /** seconds a whole anonymous catalogue page is shared (served 5× longer stale while it refreshes); 0 turns it off */
  PAGE_CACHE_SECONDS: z.coerce.number().int().min(0).max(60).default(1),
})
export type EnvType = z.infer<typeof Env> & { SESSION_SECRET: string; STOREFRONT_URL: string }

export function parseEnv(source: Record<string, string | undefined>): EnvType {
  const result = Env.safeParse(source)
  if (!result.success) {
    const issue = result.error.issues[0]!
    throw new Error(`The storefront cannot start: ${String(issue.path[0])} ${issue.message}.`)
  }
  const env = result.data
  if (!env.SESSION_SECRET && env.NODE_ENV === "production") {
    throw new Error("The storefront cannot start: SESSION_SECRET is required in production (32 characters or more).")
  }
  return {
    ...env,
    SESSION_SECRET: env.SESSION_SECRET ?? "development-only-session-secret-not-for-production",
    STOREFRONT_URL: (env.STOREFRONT_URL ?? `http://localhost:${env.PORT}`).replace(/\/$/, ""),
    MEDUSA_BACKEND_URL: env.MEDUSA_BACKEND_URL.replace(/\/$/, ""),
  }
}

function load(): EnvType {
  try {
    return parseEnv(process.env)
  } catch (error) {
    // one sentence, no stack: this is a configuration mistake, not a crash
    console.error((error as Error).message)
    process.exit(1)
  }
}

export const env = load()
