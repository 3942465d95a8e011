// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { startBackendStub } from "~/test/backend-stub"

const backend = await startBackendStub()
const { requestReset } = await import("./auth.server")
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
