// @vitest-environment node
import { afterAll, describe, expect, it } from "vitest"
import { startBackendStub } from "~/test/backend-stub"

const backend = await startBackendStub()
const { registerOrSignIn, signIn } = await import("./auth.server")
afterAll(() => backend.close())

describe("a studio sign-in the backend has locked", () => {
  it("carries the minutes of its Retry-After to the form, whether signing in or applying", async () => {
    backend.answer(({ path }) =>
      path.startsWith("/auth/creator/emailpass")
        ? { status: 429, headers: { "retry-after": "899" }, body: { message: "try again in about 15 minutes" } }
        : undefined,
    )
    const locked = { errors: { form: "studio.auth.tooMany" }, retryMinutes: 15 }
    expect(await signIn("maker@example.az", "long enough words")).toEqual(locked)
    expect(await registerOrSignIn("maker@example.az", "long enough words")).toEqual(locked)
  })

  it("keeps a wrong password a wrong password", async () => {
    backend.answer(({ path }) =>
      path === "/auth/creator/emailpass" ? { status: 401, body: { message: "Invalid email or password" } } : undefined,
    )
    expect(await signIn("maker@example.az", "wrong")).toEqual({ errors: { form: "studio.auth.invalid" }, retryMinutes: null })
  })
})
