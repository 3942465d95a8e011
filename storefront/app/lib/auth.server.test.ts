// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { shopRequestContext, startBackendStub } from "~/test/backend-stub"

const backend = await startBackendStub()
const { logIn, register, requestReset, resetPassword } = await import("./auth.server")
afterAll(() => backend.close())

describe("a password-reset request", () => {
  it("succeeds on Medusa's plain-text 201 (no JSON body): the page says the link is on its way", async () => {
    backend.answer(({ path }) => (path === "/auth/customer/emailpass/reset-password" ? { status: 201, text: "Created" } : undefined))
    await expect(requestReset("buyer@example.com", "ru")).resolves.toBeUndefined()
    expect(backend.calls.map((c) => [c.method, c.body])).toEqual([
      ["POST", { identifier: "buyer@example.com", metadata: { locale: "ru" } }],
    ])
  })
})

describe("a new password the backend's policy refuses", () => {
  const policy = {
    status: 400,
    body: { type: "invalid_data", message: "password must be 10 to 128 characters long: a few unrelated words…" },
  }

  it("at registration says what a password needs, not that the account exists", async () => {
    backend.answer(({ path }) => (path === "/auth/customer/emailpass/register" ? policy : undefined))
    const { shop } = await shopRequestContext("en", {})
    expect(await register(shop, { email: "new@example.com", password: "short-pw1", first_name: "A", last_name: "B" })).toEqual({
      error: "auth.passwordHelp",
    })
    backend.answer(({ path }) =>
      path === "/auth/customer/emailpass/register" ? { status: 401, body: { message: "Identity exists" } } : undefined,
    )
    expect(await register(shop, { email: "old@example.com", password: "long enough words", first_name: "A", last_name: "B" })).toEqual({
      error: "auth.exists",
    })
  })

  it("at a reset keeps the link usable instead of calling it invalid", async () => {
    backend.answer(({ path }) => (path === "/auth/customer/emailpass/update" ? policy : undefined))
    expect(await resetPassword("tok", "buyer@example.com", "short-pw1")).toBe("weak")
    backend.answer(({ path }) =>
      path === "/auth/customer/emailpass/update" ? { status: 401, body: { message: "Invalid token" } } : undefined,
    )
    expect(await resetPassword("tok", "buyer@example.com", "long enough words")).toBe("invalid")
  })
})

describe("a sign-in the backend has locked", () => {
  it("says how many minutes its Retry-After asks for", async () => {
    const locked = {
      status: 429,
      headers: { "retry-after": "899" },
      body: { type: "not_allowed", message: "This account is locked after too many failed sign-ins: try again in about 15 minutes." },
    }
    backend.answer(({ path }) => (path === "/auth/customer/emailpass" ? locked : undefined))
    const { shop } = await shopRequestContext("en", {})
    expect(await logIn(shop, "buyer@example.com", "long enough words")).toEqual({ error: "auth.tooMany", retryMinutes: 15 })
    backend.answer(({ path }) => (path === "/auth/customer/emailpass/register" ? locked : undefined))
    expect(await register(shop, { email: "new@example.com", password: "long enough words", first_name: "A", last_name: "B" })).toEqual({
      error: "auth.tooMany",
      retryMinutes: 15,
    })
  })
})
