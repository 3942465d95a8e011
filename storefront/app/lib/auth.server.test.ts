// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { shopRequestContext, startBackendStub } from "~/test/backend-stub"

const backend = await startBackendStub()
const { register, requestReset, resetPassword } = await import("./auth.server")
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
    expect(await register(shop, { email: "new@example.com", password: "short-pw1", first_name: "A", last_name: "B" })).toBe(
      "auth.passwordHelp",
    )
    backend.answer(({ path }) =>
      path === "/auth/customer/emailpass/register" ? { status: 401, body: { message: "Identity exists" } } : undefined,
    )
    expect(await register(shop, { email: "old@example.com", password: "long enough words", first_name: "A", last_name: "B" })).toBe(
      "auth.exists",
    )
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
