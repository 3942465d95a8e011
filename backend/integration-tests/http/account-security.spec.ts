import { generateResetPasswordTokenWorkflow } from "@medusajs/core-flows"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import type { MedusaContainer } from "@medusajs/framework/types"
import { medusaSuite } from "../utils/medusa-suite"
import { ok } from "../utils/http"

// Every request below comes from 127.0.0.1, a trusted proxy by default (TRUST_PROXY), so
// X-Forwarded-For chooses the client address the throttle sees.
const from = (address: string, headers: Record<string, string> = {}) => ({ ...ok, headers: { "x-forwarded-for": address, ...headers } })
const PASSWORD = "quince-kettle-ribbon-1899"
const WRONG = "not-the-right-one-at-all"

// The stated limits (defaults in backend/src/env.ts, docs/decisions/009)
const PER_ACCOUNT_ADDRESS = 5
const PER_ADDRESS = 25
const PER_ACCOUNT = 50
const REQUESTS_PER_ACCOUNT = 5
// every failed sign-in costs a scrypt hash (~0.1 s idle, far more on a busy machine): the long tests get room
const MANY_HASHES = 600_000

medusaSuite("account_security", ({ api, getContainer }) => {
  const signIn = (email: string, password: string, address: string, actor = "customer") =>
    api.post(`/auth/${actor}/emailpass`, { email, password }, from(address))
  const register = async (email: string, address: string, actor = "customer") => {
    const response = await api.post(`/auth/${actor}/emailpass/register`, { email, password: PASSWORD }, from(address))
    expect([response.status, response.data.message]).toEqual([200, undefined])
  }
  const statuses = async (requests: (() => Promise<{ status: number }>)[]) => {
    const result: number[] = []
    for (const request of requests) result.push((await request()).status)
    return result
  }
  const times = (count: number, status: number) => Array<number>(count).fill(status)

  it(
    "answers 100 wrong passwords for one account from one address with 429 after the 5th; the owner still signs in elsewhere",
    async () => {
      await register("target@example.az", "192.0.2.1")
      const answers = await statuses(Array.from({ length: 100 }, () => () => signIn("target@example.az", WRONG, "203.0.113.10")))
      expect(answers).toEqual([...times(PER_ACCOUNT_ADDRESS, 401), ...times(100 - PER_ACCOUNT_ADDRESS, 429)])

      const refused = await signIn("target@example.az", PASSWORD, "203.0.113.10")
      expect(refused.status).toBe(429)
      expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
      expect(Number(refused.headers["retry-after"])).toBeLessThanOrEqual(15 * 60)
      expect(refused.data.message).toMatch(
        /^Too many failed sign-ins to this account from your network: try again in about \d+ minutes, or reset your password\.$/,
      )

      const owner = await signIn("target@example.az", PASSWORD, "198.51.100.20")
      expect(owner.status).toBe(200)
      expect(owner.data.token).toEqual(expect.any(String))
    },
    MANY_HASHES,
  )

  it(
    "answers one wrong password for each of 100 accounts from one address with 429 after the 25th",
    async () => {
      await register("bystander@example.az", "192.0.2.2")
      const answers = await statuses(
        Array.from(
          { length: 100 },
          (_, i) => () => signIn(`stuffed-${i}@example.az`, WRONG, "203.0.113.20", ["customer", "creator", "user"][i % 3]),
        ),
      )
      expect(answers).toEqual([...times(PER_ADDRESS, 401), ...times(100 - PER_ADDRESS, 429)])
      const refused = await signIn("bystander@example.az", PASSWORD, "203.0.113.20")
      expect([refused.status, refused.data.message]).toEqual([429, expect.stringMatching(/^Too many failed sign-ins from your network/)])
      expect((await signIn("bystander@example.az", PASSWORD, "198.51.100.21")).status).toBe(200)
    },
    MANY_HASHES,
  )

  it("counts the address the trusted proxy saw, whatever a client prepends to X-Forwarded-For", async () => {
    const answers = await statuses(
      Array.from({ length: 8 }, (_, i) => () => signIn("spoof@example.az", WRONG, `10.9.8.${i}, 198.18.0.${i}, 203.0.113.30`)),
    )
    expect(answers).toEqual([...times(PER_ACCOUNT_ADDRESS, 401), ...times(3, 429)])
  })

  it(
    "forgets an account's failures when its owner signs in",
    async () => {
      await register("forgetful@example.az", "192.0.2.3")
      const address = "203.0.113.40"
      const before = await statuses(
        Array.from({ length: PER_ACCOUNT_ADDRESS - 1 }, () => () => signIn("forgetful@example.az", WRONG, address)),
      )
      expect(before).toEqual(times(PER_ACCOUNT_ADDRESS - 1, 401))
      expect((await signIn("forgetful@example.az", PASSWORD, address)).status).toBe(200)
      const after = await statuses(
        Array.from({ length: PER_ACCOUNT_ADDRESS + 1 }, () => () => signIn("forgetful@example.az", WRONG, address)),
      )
      expect(after).toEqual([...times(PER_ACCOUNT_ADDRESS, 401), 429])
    },
    MANY_HASHES,
  )

  it(
    "tells the operators in the admin feed when one account is locked out again and again",
    async () => {
      await register("besieged@example.az", "192.0.2.4")
      for (const address of ["203.0.113.51", "203.0.113.52", "203.0.113.53"]) {
        const answers = await statuses(
          Array.from({ length: PER_ACCOUNT_ADDRESS }, () => () => signIn("besieged@example.az", WRONG, address)),
        )
        expect(answers).toEqual(times(PER_ACCOUNT_ADDRESS, 401))
      }
      const notice = await feedNotice(getContainer(), "besieged@example.az has been locked 3 times in 24 hours")
      expect(notice).toMatchObject({ title: "Account locked after failed sign-ins" })
    },
    MANY_HASHES,
  )

  it(
    "locks an account for every address after 50 failures from many, and a password reset unlocks it",
    async () => {
      await register("popular@example.az", "192.0.2.5")
      for (let i = 0; i < PER_ACCOUNT / PER_ACCOUNT_ADDRESS; i++) {
        const answers = await statuses(
          Array.from({ length: PER_ACCOUNT_ADDRESS }, () => () => signIn("popular@example.az", WRONG, `198.18.1.${i}`)),
        )
        expect(answers).toEqual(times(PER_ACCOUNT_ADDRESS, 401))
      }
      const locked = await signIn("popular@example.az", PASSWORD, "198.51.100.50")
      expect([locked.status, locked.data.message]).toEqual([
        429,
        expect.stringMatching(/^This account is locked after too many failed sign-ins/),
      ])
      expect(await feedNotice(getContainer(), "popular@example.az is locked for every address")).toBeTruthy()

      const token = await resetToken(getContainer(), "popular@example.az")
      const update = (password: string) =>
        api.post("/auth/customer/emailpass/update", { password }, from("198.51.100.50", { authorization: `Bearer ${token}` }))
      expect((await update("a-brand-new-passphrase")).status).toBe(200)
      expect((await signIn("popular@example.az", "a-brand-new-passphrase", "198.51.100.51")).status).toBe(200)
      // the reset token worked once
      expect((await update("and-another-passphrase")).status).toBe(401)
    },
    MANY_HASHES,
  )

  it("answers a password reset the same for known and unknown e-mail addresses, and limits both alike", async () => {
    // the account is made without a request, so both addresses start with no requests counted
    await getContainer()
      .resolve(Modules.AUTH)
      .register("emailpass", { body: { email: "known@example.az", password: PASSWORD } } as never)
    const reset = (identifier: string, actor = "customer") =>
      api.post(`/auth/${actor}/emailpass/reset-password`, { identifier }, from("198.51.100.60"))
    for (const actor of ["customer", "creator", "user"]) {
      const [known, unknown] = [await reset("known@example.az", actor), await reset("nobody-here@example.az", actor)]
      expect([unknown.status, unknown.data]).toEqual([known.status, known.data])
      expect(known.status).toBe(201)
    }
    // 3 each so far; the per-account limit counts whether or not an account exists
    for (const identifier of ["known@example.az", "nobody-here@example.az"]) {
      const answers = await statuses(Array.from({ length: REQUESTS_PER_ACCOUNT - 3 + 1 }, () => () => reset(identifier)))
      expect(answers).toEqual([...times(REQUESTS_PER_ACCOUNT - 3, 201), 429])
    }
    const refused = await reset("known@example.az")
    expect(refused.data.message).toMatch(/^Too many requests for this e-mail address: try again in about \d+ minutes\.$/)
  })

  it("refuses a weak password with the same 400 for customers, creators and operators, at registration and reset", async () => {
    const weak = [
      ["weak0@example.az", "x"],
      ["weak1@example.az", "Password123!"],
      ["weak2@example.az", "abababababab"],
      ["weak3@example.az", "i am weak3@example.az"],
    ]
    for (const [email, password] of weak) {
      const messages = new Set<string>()
      for (const actor of ["customer", "creator", "user"]) {
        const response = await api.post(`/auth/${actor}/emailpass/register`, { email, password }, from("192.0.2.70"))
        expect(response.status).toBe(400)
        messages.add(response.data.message)
      }
      expect([...messages]).toEqual([expect.stringMatching(/^password /)])
    }
    await register("weakling-2@example.az", "192.0.2.71")
    const token = await resetToken(getContainer(), "weakling-2@example.az")
    const update = (password: string) =>
      api.post("/auth/customer/emailpass/update", { password }, from("192.0.2.71", { authorization: `Bearer ${token}` }))
    const refused = await update("qwertyuiop")
    expect([refused.status, refused.data.message]).toEqual([400, expect.stringMatching(/attackers try first/)])
    expect((await update("a-much-better-passphrase")).status).toBe(200)
  })

  it("sends its security headers on every response, and HSTS over HTTPS", async () => {
    const responses = [
      await api.get("/health", ok),
      await api.get("/store/products", ok),
      await api.post("/auth/customer/emailpass", { email: "headers@example.az", password: WRONG }, from("192.0.2.80")),
      await api.get("/admin/products", ok),
    ]
    for (const { headers } of responses) {
      expect(headers["x-powered-by"]).toBeUndefined()
      expect(headers).toMatchObject({
        "x-content-type-options": "nosniff",
        "referrer-policy": "strict-origin-when-cross-origin",
        "x-frame-options": "SAMEORIGIN",
        "content-security-policy": "frame-ancestors 'self'",
      })
      expect(headers["strict-transport-security"]).toBeUndefined()
    }
    const https = await api.get("/health", { headers: { "x-forwarded-proto": "https" } })
    expect(https.headers["strict-transport-security"]).toBe("max-age=31536000")
  })

  it("keeps the session cookie HttpOnly and SameSite=Lax, and Secure when the request came over HTTPS", async () => {
    await register("cookie@example.az", "192.0.2.90")
    const { token } = (await signIn("cookie@example.az", PASSWORD, "192.0.2.90")).data
    const session = async (headers: Record<string, string>) =>
      String((await api.post("/auth/session", {}, { headers: { authorization: `Bearer ${token}`, ...headers } })).headers["set-cookie"])
    const plain = await session({})
    expect(plain).toMatch(/HttpOnly/)
    expect(plain).toMatch(/SameSite=Lax/)
    expect(plain).not.toMatch(/Secure/)
    expect(await session({ "x-forwarded-proto": "https" })).toMatch(/; Secure/)
  })
})

/** The admin-feed notification that says `text`, once the subscriber has written it. */
async function feedNotice(container: MedusaContainer, text: string): Promise<{ title: string; description: string }> {
  const notifications = container.resolve(Modules.NOTIFICATION)
  for (let attempt = 0; attempt < 100; attempt++) {
    const feed = await notifications.listNotifications({ channel: "feed" })
    const notice = feed.map((n) => n.data as { title: string; description: string }).find((data) => data?.description?.includes(text))
    if (notice) return notice
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`no feed notification says "${text}"`)
}

/** A reset token as the e-mail to the account's owner would carry it (Medusa's own workflow). */
async function resetToken(container: MedusaContainer, email: string): Promise<string> {
  const { http } = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig
  const { result } = await generateResetPasswordTokenWorkflow(container).run({
    input: { entityId: email, actorType: "customer", provider: "emailpass", secret: http.jwtSecret! },
  })
  return result
}
