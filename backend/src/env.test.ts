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

  it("refuses to start production without its secrets", () => {
    expect(() => readEnv({ NODE_ENV: "production" })).toThrow(
      "JWT_SECRET and COOKIE_SECRET and PARTNER_TOKEN_PEPPER must be set when NODE_ENV=production",
    )
    expect(
      readEnv({ NODE_ENV: "production", JWT_SECRET: "a", COOKIE_SECRET: "b", PARTNER_TOKEN_PEPPER: "c".repeat(16) }).isProduction,
    ).toBe(true)
  })
})
