import path from "node:path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { env } = require("./src/env") as typeof import("./src/env")
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { MARKETS } = require("./src/markets") as typeof import("./src/markets")

/**
 * Medusa's Search Module with our providers: Meilisearch when MEILISEARCH_HOST is set, else the
 * embedded Postgres-backed one (docs/decisions/006).
 */
function searchModule() {
  const providers: { resolve: string; id: string; options?: Record<string, unknown> }[] = [
    { resolve: "@creative-market/search/providers/embedded", id: "embedded" },
  ]
  if (env.SEARCH_BENCH_BASELINE) {
    providers.push({ resolve: "@medusajs/medusa/search-postgres", id: "postgres", options: { engine: "native" } })
  }
  if (env.MEILISEARCH_HOST) {
    providers.push({
      resolve: "@creative-market/search/providers/meilisearch",
      id: "meilisearch",
      options: { host: env.MEILISEARCH_HOST, api_key: env.MEILISEARCH_API_KEY, index_prefix: env.SEARCH_INDEX_PREFIX ?? "" },
    })
  }
  return {
    resolve: "@medusajs/medusa/search",
    // a reindex writes 1,000 documents per statement batch (the default 100 spent more on the
    // per-write bookkeeping than on the rows: docs/decisions/026)
    options: { providers, default_provider: env.MEILISEARCH_HOST ? "meilisearch" : "embedded", reindex: { batch_size: 1_000 } },
  }
}

/**
 * Seconds a cached Store API answer may live at most. Medusa invalidates entries by entity tags
 * on every write event; the TTL only bounds what events cannot reach (docs/decisions/008).
 */
const STORE_API_CACHE_TTL = 300

/**
 * Medusa's Stripe provider (id `pp_stripe_stripe`) beside the built-in system provider; the seed
 * offers it in every region. Webhooks: /hooks/payment/stripe_stripe, verified first by
 * marketplace-orders (bad signature 400, replay ignored).
 */
function stripePayments(apiKey: string, webhookSecret?: string) {
  return {
    resolve: "@medusajs/medusa/payment",
    options: {
      providers: [{ resolve: "@medusajs/medusa/payment-stripe", id: "stripe", options: { apiKey, webhookSecret, capture: false } }],
    },
  }
}

/** Redis-backed infrastructure modules for the scale-out profile (REDIS_URL set). */
function scaleOutModules(redisUrl: string) {
  return [
    { resolve: "@medusajs/medusa/event-bus-redis", options: { redisUrl } },
    { resolve: "@medusajs/medusa/workflow-engine-redis", options: { redis: { redisUrl } } },
    { resolve: "@medusajs/medusa/cache-redis", options: { redisUrl } },
    {
      resolve: "@medusajs/medusa/locking",
      options: {
        providers: [{ resolve: "@medusajs/medusa/locking-redis", id: "locking-redis", is_default: true, options: { redisUrl } }],
      },
    },
    ...(env.STORE_API_CACHE
      ? [
          {
            resolve: "@medusajs/medusa/caching",
            options: {
              ttl: STORE_API_CACHE_TTL,
              providers: [
                {
                  resolve: "@medusajs/medusa/caching-redis",
                  id: "caching-redis",
                  is_default: true,
                  options: { redisUrl, ttl: STORE_API_CACHE_TTL },
                },
              ],
            },
          },
        ]
      : []),
  ]
}

/**
 * The embedded profile's Store API cache: Medusa's Caching Module with its built-in in-memory
 * provider, bounded in bytes (it stops adding entries when full) and in keys.
 */
function inMemoryCaching() {
  return {
    resolve: "@medusajs/medusa/caching",
    options: {
      ttl: STORE_API_CACHE_TTL,
      in_memory: { enable: true, ttl: STORE_API_CACHE_TTL, maxSize: env.STORE_API_CACHE_MAX_MB * 1024 * 1024, maxKeys: 100_000 },
    },
  }
}

module.exports = defineConfig({
  projectConfig: {
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    workerMode: env.MEDUSA_WORKER_MODE,
    http: {
      storeCors: env.STORE_CORS,
      adminCors: env.ADMIN_CORS,
      authCors: env.AUTH_CORS,
      jwtSecret: env.JWT_SECRET,
      cookieSecret: env.COOKIE_SECRET,
      authMethodsPerActor: {
        user: ["emailpass"],
        customer: ["emailpass"],
        creator: ["emailpass"],
      },
    },
    // The session cookie: never readable by scripts, not sent on cross-site requests, and Secure
    // whenever the request came over HTTPS ("auto": directly, or through a TRUST_PROXY proxy saying
    // so) unless COOKIE_SECURE forces it either way (docs/decisions/009).
    // (Medusa types `secure` as a boolean; express-session, which receives it, also takes "auto".)
    cookieOptions: { httpOnly: true, sameSite: "lax", secure: env.COOKIE_SECURE ?? ("auto" as unknown as boolean) },
  },
  admin: {
    disable: env.ADMIN_DISABLED || env.MEDUSA_WORKER_MODE === "worker",
    // the admin is served by this backend: it calls the origin it was loaded from, so a build made
    // for one port (or host) works on any other (like the plugins' admin pages, whose SDK uses "/")
    backendUrl: "/",
  },
  featureFlags: {
    translation: true,
    // Medusa's Caching Module (work in progress upstream): Store API reads through query.graph/index
    // with `cache` are served from it and invalidated by entity tags (docs/decisions/008)
    caching: env.STORE_API_CACHE,
  },
  plugins: [
    {
      resolve: "@creative-market/creator-shops",
      options: {
        // signs invites and download links; a separate secret can be split off later
        secret: env.JWT_SECRET,
        storefront_url: env.STOREFRONT_URL,
        backend_url: env.MEDUSA_BACKEND_URL,
        // the currencies and locales creators price and translate in (src/markets.ts)
        markets: MARKETS,
      },
    },
    {
      resolve: "@creative-market/export-listings",
      options: {
        token_pepper: env.PARTNER_TOKEN_PEPPER,
        feeds_dir: env.FEEDS_DIR ?? path.join(process.cwd(), "feeds"),
        rebuild_debounce_ms: env.FEEDS_REBUILD_DEBOUNCE_MS,
        scheduled_builds: env.FEEDS_SCHEDULED_BUILDS,
        storefront_url: env.STOREFRONT_URL,
        backend_url: env.MEDUSA_BACKEND_URL,
        // partners' rate-limit counters shared by every process (scale-out profile)
        redis_url: env.REDIS_URL,
      },
    },
    {
      resolve: "@creative-market/bookings",
      options: {
        // signs .ics and manage links of bookings
        secret: env.JWT_SECRET,
        backend_url: env.MEDUSA_BACKEND_URL,
        storefront_url: env.STOREFRONT_URL,
      },
    },
    // split checkout: one payment, one order per creator (docs/decisions/012)
    // payouts: manual, or Stripe Connect transfers when STRIPE_API_KEY is set (docs/decisions/023)
    {
      resolve: "@creative-market/marketplace-orders",
      options: {
        stripe_webhook_secret: env.STRIPE_WEBHOOK_SECRET,
        stripe_connect_webhook_secret: env.STRIPE_CONNECT_WEBHOOK_SECRET,
        stripe_api_key: env.STRIPE_API_KEY,
        stripe_api_base: env.STRIPE_API_BASE,
        storefront_url: env.STOREFRONT_URL,
      },
    },
  ],
  modules: [
    { resolve: "@medusajs/medusa/translation" },
    searchModule(),
    {
      resolve: "@medusajs/medusa/notification",
      options: {
        providers: [
          // the admin's notification feed
          { resolve: "@medusajs/medusa/notification-local", id: "local", options: { name: "Admin feed", channels: ["feed"] } },
          // e-mail: .eml files (MAIL_DIR; `npm start` uses .data/mail) and/or SMTP_URL (docs/decisions/018)
          {
            resolve: "./src/modules/mail",
            id: "mail",
            options: {
              channels: ["email"],
              dir: env.MAIL_DIR ?? (env.SMTP_URL ? undefined : path.join(process.cwd(), "mail")),
              smtp_url: env.SMTP_URL,
              from: env.MAIL_FROM,
            },
          },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: {
        providers: [
          {
            resolve: "@medusajs/medusa/file-local",
            id: "local",
            options: {
              // Public files are served by Medusa from <cwd>/static; `npm start` links that to .data/uploads.
              upload_dir: env.UPLOAD_DIR ?? path.join(process.cwd(), "static"),
              private_upload_dir: env.PRIVATE_UPLOAD_DIR ?? path.join(process.cwd(), "private"),
              backend_url: `${env.MEDUSA_BACKEND_URL}/static`,
            },
          },
        ],
      },
    },
    ...(env.STRIPE_API_KEY ? [stripePayments(env.STRIPE_API_KEY, env.STRIPE_WEBHOOK_SECRET)] : []),
    ...(env.REDIS_URL ? scaleOutModules(env.REDIS_URL) : env.STORE_API_CACHE ? [inMemoryCaching()] : []),
    // clears what the Caching Module's own invalidation cannot reach (translations)
    ...(env.STORE_API_CACHE ? [{ resolve: "./src/modules/store-cache" }] : []),
  ],
})
