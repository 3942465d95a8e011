import { z } from "@medusajs/framework/zod"

/**
 * The one place that reads process.env for the backend. Everything else
 * imports `env` from here, so a bad value fails at boot with one sentence.
 */
/** "true"/"1" or "false"/"0"; unset stays undefined, so a default elsewhere (Medusa's) still applies */
const booleanish = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((value) => (value === undefined || value === "" ? undefined : value === "true" || value === "1"))

const postgresUrl = z.string().refine((value) => {
  try {
    const url = new URL(value)
    return (url.protocol === "postgres:" || url.protocol === "postgresql:") && url.hostname !== ""
  } catch {
    return false
  }
}, "must look like postgres://user:password@host:5432/database")

const redisUrl = z.string().refine((value) => {
  try {
    const url = new URL(value)
    return url.protocol === "redis:" || url.protocol === "rediss:"
  } catch {
    return false
  }
}, "must look like redis://host:6379")

const httpUrl = z.string().url("must be an http(s) URL such as http://127.0.0.1:7700")

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test", "staging"]).default("development"),
  PORT: z.coerce.number().int().min(1).max(65535).default(9000),
  DATABASE_URL: postgresUrl.optional(),
  REDIS_URL: redisUrl.optional(),
  MEDUSA_WORKER_MODE: z.enum(["shared", "worker", "server"]).default("shared"),
  MEDUSA_BACKEND_URL: httpUrl.default("http://localhost:9000"),
  STOREFRONT_URL: httpUrl.default("http://localhost:3000"),
  JWT_SECRET: z.string().min(1).optional(),
  COOKIE_SECRET: z.string().min(1).optional(),
  COOKIE_SECURE: booleanish,
  STORE_CORS: z.string().default("http://localhost:3000,http://localhost:5173"),
  ADMIN_CORS: z.string().default("http://localhost:9000,http://localhost:5173"),
  AUTH_CORS: z.string().default("http://localhost:9000,http://localhost:3000,http://localhost:5173"),
  ADMIN_DISABLED: booleanish,
  MEILISEARCH_HOST: httpUrl.optional(),
  MEILISEARCH_API_KEY: z.string().optional(),
  /** benchmarks only: also index products with Medusa's stock search-postgres provider ("product_baseline") */
  SEARCH_BENCH_BASELINE: booleanish,
  SEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]*$/, "may only hold a-z, 0-9 and _")
    .optional(),
  /** Stripe payments for every region when set (the system provider stays for development and tests) */
  STRIPE_API_KEY: z.string().startsWith("sk_", "must be a Stripe secret key (sk_live_… or sk_test_…)").optional(),
  /** verifies Stripe's webhooks at /hooks/payment/stripe_stripe (whsec_…) */
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_", "must be a Stripe webhook signing secret (whsec_…)").optional(),
  UPLOAD_DIR: z.string().optional(),
  PRIVATE_UPLOAD_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(["error", "warn", "info", "http", "verbose", "debug", "silly"]).optional(),
})

export type Env = z.infer<typeof EnvSchema> & {
  /** true where secrets must come from the environment (production, staging) */
  isProduction: boolean
}

export class EnvError extends Error {}

/** The secrets that have a development default; production must set them. */
const SECRETS = ["JWT_SECRET", "COOKIE_SECRET"] as const

export function readEnv(source: NodeJS.ProcessEnv = process.env): Env {
  const parsed = EnvSchema.safeParse(source)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const name = issue.path.join(".")
    throw new EnvError(
      `${name} ${issue.message} (got ${JSON.stringify(source[name])}): fix it in your environment or .env and start again.`,
    )
  }
  const isProduction = parsed.data.NODE_ENV === "production" || parsed.data.NODE_ENV === "staging"
  if (parsed.data.STRIPE_API_KEY && !parsed.data.STRIPE_WEBHOOK_SECRET) {
    throw new EnvError(
      "STRIPE_WEBHOOK_SECRET must be set with STRIPE_API_KEY: copy the signing secret (whsec_…) of the webhook endpoint /hooks/payment/stripe_stripe from Stripe's dashboard.",
    )
  }
  const missing = SECRETS.filter((name) => !parsed.data[name])
  if (isProduction && missing.length) {
    throw new EnvError(
      `${missing.join(" and ")} must be set when NODE_ENV=${parsed.data.NODE_ENV}: generate one with \`openssl rand -hex 32\` and export it.`,
    )
  }
  return {
    ...parsed.data,
    JWT_SECRET: parsed.data.JWT_SECRET ?? "dev-only-jwt-secret",
    COOKIE_SECRET: parsed.data.COOKIE_SECRET ?? "dev-only-cookie-secret",
    isProduction,
  }
}

function loadOrExit(): Env {
  try {
    return readEnv()
  } catch (error) {
    if (error instanceof EnvError && process.env.NODE_ENV !== "test") {
      process.stderr.write(`\nConfiguration error: ${error.message}\n\n`)
      process.exit(1)
    }
    throw error
  }
}

export const env: Env = loadOrExit()
