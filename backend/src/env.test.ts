import { describe, expect, it } from "vitest"
import { readEnv } from "./env"

describe("the backend environment", () => {
  it("has working defaults for development", () => {
    const env = readEnv({ NODE_ENV: "development" })
    expect(env).toMatchObject({ PORT: 9000, MEDUSA_WORKER_MODE: "shared", STOREFRONT_URL: "http://localhost:3000", isProduction: false })
    expect(env.JWT_SECRET).toBeTruthy()
  })

  it("names a malformed DATABASE_URL and says how to fix it", () => {
    expect(() => readEnv({ DATABASE_URL: "localhost:5432/db" })).toThrow(/^DATABASE_URL must look like postgres:\/\/.*fix it/)
    expect(() => readEnv({ REDIS_URL: "http://x" })).toThrow(/REDIS_URL must look like redis:/)
    expect(() => readEnv({ MEDUSA_WORKER_MODE: "both" })).toThrow(/MEDUSA_WORKER_MODE/)
  })

  it("leaves an unset COOKIE_SECURE undefined, so Medusa keeps Secure cookies in production", () => {
    expect(readEnv({}).COOKIE_SECURE).toBeUndefined()
    expect(readEnv({ COOKIE_SECURE: "false" }).COOKIE_SECURE).toBe(false)
    expect(readEnv({ COOKIE_SECURE: "1" }).COOKIE_SECURE).toBe(true)
  })

  it("turns the Store API cache on unless told otherwise, bounded to 64 MB in memory", () => {
    expect(readEnv({})).toMatchObject({ STORE_API_CACHE: true, STORE_API_CACHE_MAX_MB: 64 })
    expect(readEnv({ STORE_API_CACHE: "false" }).STORE_API_CACHE).toBe(false)
    expect(() => readEnv({ STORE_API_CACHE_MAX_MB: "0" })).toThrow(/STORE_API_CACHE_MAX_MB/)
  })

  it("takes an SMTP server as smtp:// or smtps:// with a host, and says so otherwise", () => {
    expect(readEnv({ SMTP_URL: "smtps://mailer:secret@mail.example.az:465" }).SMTP_URL).toBe("smtps://mailer:secret@mail.example.az:465")
    expect(() => readEnv({ SMTP_URL: "mail.example.az:587" })).toThrow(/^SMTP_URL must look like smtp:\/\/user:password@host:587/)
    expect(() => readEnv({ SMTP_URL: "http://mail.example.az" })).toThrow(/^SMTP_URL must look like smtp:/)
    expect(readEnv({}).MAIL_FROM).toBe("Creative Market <no-reply@creative-market.az>")
  })

  it("refuses to start production without its secrets", () => {
    expect(() => readEnv({ NODE_ENV: "production" })).toThrow(
      "JWT_SECRET and COOKIE_SECRET and PARTNER_TOKEN_PEPPER must be set when NODE_ENV=production",
    )
    expect(
      readEnv({ NODE_ENV: "production", JWT_SECRET: "a", COOKIE_SECRET: "b", PARTNER_TOKEN_PEPPER: "c".repeat(16) }).isProduction,
    ).toBe(true)
  })

  it("refuses to start production with a development value for any secret it knows", () => {
    const production = {
      NODE_ENV: "production",
      JWT_SECRET: "5f1c0e9a",
      COOKIE_SECRET: "b7d2aa41",
      PARTNER_TOKEN_PEPPER: "a3f9c2e8b1d47f60a3f9",
    }
    expect(() => readEnv({ ...production, JWT_SECRET: "supersecret" })).toThrow(/^JWT_SECRET is a development value/)
    expect(() => readEnv({ ...production, COOKIE_SECRET: "dev-only-cookie-secret" })).toThrow(/^COOKIE_SECRET is a development value/)
    expect(() => readEnv({ ...production, PARTNER_TOKEN_PEPPER: "dev-only-partner-token-pepper" })).toThrow(
      /^PARTNER_TOKEN_PEPPER is a development value/,
    )
    expect(() => readEnv({ ...production, STRIPE_WEBHOOK_SECRET: "secret" })).toThrow(
      /^STRIPE_WEBHOOK_SECRET must be a Stripe webhook signing secret/,
    )
    expect(() => readEnv({ ...production, SMTP_URL: "smtp://mailer:password@mail.example.az:587" })).toThrow(
      /^SMTP_URL is a development value/,
    )
    expect(() => readEnv({ ...production, STRIPE_API_KEY: "sk_test_51abc" })).toThrow(/^STRIPE_API_KEY is a Stripe test-mode key/)
    // staging may take test payments; development may use anything
    expect(
      readEnv({ ...production, NODE_ENV: "staging", STRIPE_API_KEY: "sk_test_51abc", STRIPE_WEBHOOK_SECRET: "whsec_4e1d" }).isProduction,
    ).toBe(true)
    expect(
      readEnv({ NODE_ENV: "development", JWT_SECRET: "supersecret", PARTNER_TOKEN_PEPPER: "dev-only-partner-token-pepper" }).isProduction,
    ).toBe(false)
    // real values pass, and optional secrets may stay unset
    const env = readEnv({
      ...production,
      STRIPE_API_KEY: "sk_live_51abc",
      STRIPE_WEBHOOK_SECRET: "whsec_4e1d",
      SMTP_URL: "smtps://mailer:Zq81%40x@mail.example.az:465",
    })
    expect(env.STRIPE_API_KEY).toBe("sk_live_51abc")
    // a Stripe stub's address (tests) never in production: the secret key would go there
    expect(() => readEnv({ ...production, STRIPE_API_BASE: "http://127.0.0.1:4010" })).toThrow(/^STRIPE_API_BASE is for tests only/)
    expect(readEnv({ STRIPE_API_BASE: "http://127.0.0.1:4010" }).STRIPE_API_BASE).toBe("http://127.0.0.1:4010")
  })

  it("reads throttling limits and the proxies to trust", () => {
    expect(readEnv({})).toMatchObject({
      AUTH_SIGNIN_PER_ACCOUNT_ADDRESS: 5,
      AUTH_SIGNIN_PER_ADDRESS: 25,
      TRUST_PROXY: "loopback, linklocal, uniquelocal",
    })
    expect(readEnv({ AUTH_SIGNIN_PER_ADDRESS: "40", TRUST_PROXY: "1" })).toMatchObject({ AUTH_SIGNIN_PER_ADDRESS: 40, TRUST_PROXY: 1 })
    expect(() => readEnv({ AUTH_SIGNIN_PER_ACCOUNT: "0" })).toThrow(/^AUTH_SIGNIN_PER_ACCOUNT/)
  })
})
