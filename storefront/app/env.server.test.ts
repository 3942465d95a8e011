import { describe, expect, it } from "vitest"

process.env.MEDUSA_PUBLISHABLE_KEY ??= "pk_test"
const { parseEnv } = await import("./env.server")

describe("the storefront's environment", () => {
  it("fails with one sentence naming the variable", () => {
    expect(() => parseEnv({})).toThrow("The storefront cannot start: MEDUSA_PUBLISHABLE_KEY")
    expect(() => parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_1", MEDUSA_BACKEND_URL: "ftp://x" })).toThrow(
      /^The storefront cannot start: MEDUSA_BACKEND_URL [^\n]+\.$/,
    )
  })

  it("needs a session secret in production, and derives the public URL from the port", () => {
    expect(() => parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_1", NODE_ENV: "production" })).toThrow(/SESSION_SECRET is required in production/)
    const env = parseEnv({ MEDUSA_PUBLISHABLE_KEY: "pk_1", PORT: "3040", MEDUSA_BACKEND_URL: "http://localhost:9140/" })
    expect(env.STOREFRONT_URL).toBe("http://localhost:3040")
    expect(env.MEDUSA_BACKEND_URL).toBe("http://localhost:9140")
  })
})
