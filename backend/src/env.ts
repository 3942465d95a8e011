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

/** A URL with one of these protocols and a host */
const urlOf = (protocols: string[], message: string) =>
  z.string().refine((value) => {
    try {
      const url = new URL(value)
      return protocols.includes(url.protocol) && url.hostname !== ""
    } catch {
      return false
    }
  }, message)

const postgresUrl = urlOf(["postgres:", "postgresql:"], "must look like postgres://user:password@host:5432/database")
const redisUrl = urlOf(["redis:", "rediss:"], "must look like redis://host:6379")

const httpUrl = z.string().url("must be an http(s) URL such as http://127.0.0.1:7700")

/** A count for a throttling limit (docs/decisions/009) */
const limit = (fallback: number) => z.coerce.number().int().min(1).max(100_000).default(fallback)

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
  /** benchmarks only: operators may complete a cart with Medusa's own one-order workflow (the split checkout's baseline) */
  CHECKOUT_BENCH_BASELINE: booleanish,
  SEARCH_INDEX_PREFIX: z
    .string()
    .regex(/^[a-z0-9_]*$/, "may only hold a-z, 0-9 and _")
    .optional(),
  /** Stripe payments for every region when set (the system provider stays for development and tests) */
  STRIPE_API_KEY: z.string().startsWith("sk_", "must be a Stripe secret key (sk_live_… or sk_test_…)").optional(),
  /** verifies Stripe's webhooks at /hooks/payment/stripe_stripe (whsec_…) */
  STRIPE_WEBHOOK_SECRET: z.string().startsWith("whsec_", "must be a Stripe webhook signing secret (whsec_…)").optional(),
  /** verifies the Connect endpoint's events (account.updated) at the same path, when Stripe gave it its own secret */
  STRIPE_CONNECT_WEBHOOK_SECRET: z.string().startsWith("whsec_", "must be a Stripe webhook signing secret (whsec_…)").optional(),
  /** tests only: where the Stripe API is reached (a local stub started by the test), e.g. http://127.0.0.1:4010 */
  STRIPE_API_BASE: httpUrl.optional(),
  UPLOAD_DIR: z.string().optional(),
  /** where partner feed snapshots are written (default <cwd>/feeds; `npm start` uses .data/feeds) */
  FEEDS_DIR: z.string().optional(),
  /** mixed into every partner token's hash, so a leaked database alone does not reveal tokens */
  PARTNER_TOKEN_PEPPER: z.string().min(16).optional(),
  /** wait after a catalogue change before partner feeds are rebuilt, in ms (0 turns event-driven rebuilds off) */
  FEEDS_REBUILD_DEBOUNCE_MS: z.coerce.number().int().min(0).default(5000),
  /** `false` turns off the hourly rebuild of every partner's feed (benchmarks: nothing runs beside what they measure) */
  FEEDS_SCHEDULED_BUILDS: booleanish.transform((value) => value ?? true),
  PRIVATE_UPLOAD_DIR: z.string().optional(),
  /** Medusa's Caching Module for Store API reads (in-memory, or Redis with REDIS_URL); `false` turns it off */
  STORE_API_CACHE: booleanish.transform((value) => value ?? true),
  /** the in-memory provider's bound in MB (it adds no entries beyond it) */
  STORE_API_CACHE_MAX_MB: z.coerce.number().int().min(1).max(4096).default(64),
  LOG_LEVEL: z.enum(["error", "warn", "info", "http", "verbose", "debug", "silly"]).optional(),
  /**
   * Which peers may tell us the client's address (X-Forwarded-For) and protocol (X-Forwarded-Proto),
   * in Express's "trust proxy" syntax: names (loopback, linklocal, uniquelocal), addresses/CIDRs, or
   * a hop count. The default trusts proxies on this machine and on private networks only.
   */
  TRUST_PROXY: z
    .string()
    .default("loopback, linklocal, uniquelocal")
    .transform((value): string | number | boolean =>
      /^\d+$/.test(value.trim()) ? Number(value) : value.trim() === "true" ? true : value.trim() === "false" ? false : value,
    ),
  // Sign-in throttling (docs/decisions/009): failed sign-ins per account from one address (15 min),
  // from one address for any account (15 min), per account from all addresses (1 h); register,
  // reset-password and password-update requests per account and per address (1 h); lockouts of one
  // account in 24 h before the operators are told.
  AUTH_SIGNIN_PER_ACCOUNT_ADDRESS: limit(5),
  AUTH_SIGNIN_PER_ADDRESS: limit(25),
  AUTH_SIGNIN_PER_ACCOUNT: limit(50),
  AUTH_REQUESTS_PER_ACCOUNT: limit(5),
  AUTH_REQUESTS_PER_ADDRESS: limit(30),
  AUTH_LOCKOUTS_BEFORE_ALERT: limit(3),
  // Secrets of later features: optional, but never a development value in production (SECRETS below).
  SMTP_URL: urlOf(
    ["smtp:", "smtps:"],
    "must look like smtp://user:password@host:587 (or smtps://… for TLS from the first byte)",
  ).optional(),
  /** where every e-mail is also written as an .eml file (`npm start`: .data/mail; default <cwd>/mail unless SMTP_URL is set) */
  MAIL_DIR: z.string().min(1).optional(),
  /** the From of every e-mail */
  MAIL_FROM: z.string().min(3).default("Creative Market <no-reply@creative-market.az>"),
  /** the demo creator's password (`npm start` makes one and keeps it in .data/state.json); unset: no demo creator account */
  DEMO_CREATOR_PASSWORD: z.string().min(10).max(128).optional(),
})

export type Env = z.infer<typeof EnvSchema> & {
  /** true where secrets must come from the environment (production, staging) */
  isProduction: boolean
}

export class EnvError extends Error {}

/** Values that are known from development, examples or our own defaults: never a production secret. */
const DEV_VALUES = new Set(["secret", "supersecret", "changeme", "change-me", "password", "test", "development", "dev", "example"])
const isDevValue = (value: string) => DEV_VALUES.has(value.toLowerCase()) || /^dev-only-/i.test(value)

type SecretRule = {
  /** production refuses to start without it */
  required: boolean
  /** what of the value to judge (e.g. the password inside a URL) */
  secretOf?: (value: string) => string
  /** a reason the value is a development one, beyond DEV_VALUES */
  devReason?: (value: string, nodeEnv: string) => string | null
}

/**
 * Every secret the backend reads. In production (and staging) the required ones must be set, and
 * none that is set may be a development value. A later feature adds its secret here.
 */
const SECRETS: Record<
  | "JWT_SECRET"
  | "COOKIE_SECRET"
  | "STRIPE_API_KEY"
  | "STRIPE_WEBHOOK_SECRET"
  | "STRIPE_CONNECT_WEBHOOK_SECRET"
  | "SMTP_URL"
  | "PARTNER_TOKEN_PEPPER",
  SecretRule
> = {
  JWT_SECRET: { required: true },
  COOKIE_SECRET: { required: true },
  STRIPE_API_KEY: {
    required: false,
    devReason: (value, nodeEnv) =>
      nodeEnv === "production" && /^(sk|rk)_test_/.test(value) ? "is a Stripe test-mode key, which takes no real payments" : null,
  },
  STRIPE_WEBHOOK_SECRET: { required: false },
  STRIPE_CONNECT_WEBHOOK_SECRET: { required: false },
  SMTP_URL: {
    required: false,
    secretOf: (value) => {
      try {
        return decodeURIComponent(new URL(value).password)
      } catch {
        return ""
      }
    },
  },
  PARTNER_TOKEN_PEPPER: { required: true },
}

function checkProductionSecrets(data: Record<string, unknown>, nodeEnv: string) {
  const missing = Object.entries(SECRETS)
    .filter(([name, rule]) => rule.required && !data[name])
    .map(([name]) => name)
  if (missing.length) {
    throw new EnvError(
      `${missing.join(" and ")} must be set when NODE_ENV=${nodeEnv}: generate one with \`openssl rand -hex 32\` and export it.`,
    )
  }
  for (const [name, rule] of Object.entries(SECRETS)) {
    const value = data[name]
    if (typeof value !== "string" || !value) continue
    const secret = rule.secretOf ? rule.secretOf(value) : value
    const reason = secret && isDevValue(secret) ? "is a development value" : rule.devReason?.(value, nodeEnv)
    if (reason) {
      throw new EnvError(`${name} ${reason}: NODE_ENV=${nodeEnv} needs the real secret (or unset it where it is optional).`)
    }
  }
}

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
  if (isProduction) checkProductionSecrets(parsed.data, parsed.data.NODE_ENV)
  if (isProduction && parsed.data.STRIPE_API_BASE) {
    throw new EnvError(
      `STRIPE_API_BASE is for tests only (a local Stripe stub): unset it when NODE_ENV=${parsed.data.NODE_ENV}, or the Stripe secret key is sent to ${parsed.data.STRIPE_API_BASE}.`,
    )
  }
  if (parsed.data.STRIPE_API_KEY && !parsed.data.STRIPE_WEBHOOK_SECRET) {
    throw new EnvError(
      "STRIPE_WEBHOOK_SECRET must be set with STRIPE_API_KEY: copy the signing secret (whsec_…) of the webhook endpoint /hooks/payment/stripe_stripe from Stripe's dashboard.",
    )
  }
  return {
    ...parsed.data,
    JWT_SECRET: parsed.data.JWT_SECRET ?? "dev-only-jwt-secret",
    COOKIE_SECRET: parsed.data.COOKIE_SECRET ?? "dev-only-cookie-secret",
    PARTNER_TOKEN_PEPPER: parsed.data.PARTNER_TOKEN_PEPPER ?? "dev-only-partner-token-pepper",
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
