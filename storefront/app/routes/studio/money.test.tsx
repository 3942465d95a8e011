import { createRoutesStub } from "react-router"
import { describe, expect, it } from "vitest"
import { json, mount, signedIn, studioBackend, unmount } from "~/test/studio-stub"
import StudioMoney, { action, loader } from "./money"

const me = (role: "owner" | "staff") => ({
  member: { id: "mem_1", email: "a@example.az", name: null },
  shops: [{ id: "cre_1", handle: "a", name: "A", status: "approved", role }],
})
const balance = { currency_code: "azn", earned: 120, held: 40, available: 60, paid: 15, reversed: 5 }
const ledger = [
  {
    id: "le_1",
    type: "earned",
    currency_code: "azn",
    amount: 120,
    order_id: "order_1",
    available_at: "2026-12-20T00:00:00Z",
    created_at: "2026-12-06T09:00:00Z",
  },
]
const payouts = [
  {
    id: "po_1",
    currency_code: "azn",
    amount: 15,
    status: "paid",
    reference: "IBAN-7",
    paid_at: "2026-12-01T00:00:00Z",
    created_at: "2026-11-30T00:00:00Z",
  },
]

function creatorApi(role: "owner" | "staff", settings: Record<string, unknown>, onboarding?: () => Response) {
  return studioBackend({
    "GET /creator/me": () => json(me(role)),
    "GET /creator/balance": () => json({ balances: [balance], ledger }),
    "GET /creator/payouts": () => json({ payouts }),
    "GET /creator/payout-settings": () => json({ payout_settings: settings }),
    ...(onboarding ? { "POST /creator/payouts/stripe-connect/onboarding": onboarding } : {}),
  })
}

async function render(locale: string) {
  const Routes = createRoutesStub([
    {
      path: "/:locale/studio/money",
      Component: StudioMoney as never,
      loader: (async (args: { request: Request; params: Record<string, string> }) =>
        loader({ ...args, request: await signedIn(args.request) } as never)) as never,
    },
  ])
  return mount(<Routes initialEntries={[`/${locale}/studio/money`]} />, '[data-testid="payout-method"]')
}

const connect = (page: HTMLElement) => page.querySelector<HTMLButtonElement>('button[name="intent"][value="connect"]')
const unconnected = { provider: "manual", stripe_account_id: null, stripe_connect_configured: true }

describe("the studio's money page", { timeout: 30_000 }, () => {
  it("offers an owner Connect Stripe when the marketplace has Stripe Connect, beside the balance, payouts and ledger", async () => {
    creatorApi("owner", unconnected)
    const page = await render("az")
    expect(connect(page)?.textContent).toBe("Stripe-ı qoş")
    expect(page.querySelector('[data-testid="stripe-state"]')?.textContent).toBe("qoşulmayıb")
    const text = page.textContent ?? ""
    for (const label of ["Qazanılıb", "Saxlanılır", "Mövcuddur", "Ödənilib", "Geri qaytarılıb", "IBAN-7", "Qazanc"])
      expect(text).toContain(label)
  })

  it("an owner's Connect Stripe goes to Stripe's onboarding link; a refusal stays on the page as a message", async () => {
    const calls = creatorApi("owner", unconnected, () =>
      json({ onboarding: { url: "https://connect.stripe.com/setup/e/acct_1/abc" } }, 201),
    )
    const form = new FormData()
    form.set("intent", "connect")
    const request = await signedIn(new Request("http://localhost/en/studio/money", { method: "POST", body: form }))
    const answer = (await action({ request, params: { locale: "en" } } as never)) as Response
    expect([answer.status, answer.headers.get("location")]).toEqual([302, "https://connect.stripe.com/setup/e/acct_1/abc"])
    expect(calls).toContain("POST /creator/payouts/stripe-connect/onboarding")

    creatorApi("owner", unconnected, () => json({ message: "Stripe refused to open a Connect account: …" }, 400))
    const again = await signedIn(new Request("http://localhost/en/studio/money", { method: "POST", body: form }))
    const refused = (await action({ request: again, params: { locale: "en" } } as never)) as { data: unknown; init: { status: number } }
    expect([refused.init.status, refused.data]).toEqual([400, { error: "studio.money.connectFailed" }])
  })

  it("a connected shop's owner continues on Stripe; staff see the state but no button", async () => {
    creatorApi("owner", { provider: "stripe-connect", stripe_account_id: "acct_1", stripe_connect_configured: true })
    let page = await render("ru")
    expect(connect(page)?.textContent).toBe("Продолжить в Stripe")
    expect(page.querySelector('[data-testid="stripe-state"]')?.textContent).toBe("подключён")
    unmount()
    creatorApi("staff", unconnected)
    page = await render("en")
    expect(connect(page)).toBeNull()
    expect(page.textContent).toContain("Only an owner of the shop can connect its Stripe account.")
  })

  it("once Stripe enables its payouts the state says so and nothing is left to connect", async () => {
    const enabled = {
      provider: "stripe-connect",
      stripe_account_id: "acct_1",
      stripe_connect_configured: true,
      stripe_payouts_enabled: true,
    }
    creatorApi("owner", enabled)
    const page = await render("az")
    expect(page.querySelector('[data-testid="stripe-state"]')?.textContent).toBe("Ödənişlər aktivdir")
    expect(page.textContent).toContain("Stripe qazancınızı bank hesabınıza köçürür.")
    expect(connect(page)).toBeNull()
  })

  it("without Stripe Connect on the marketplace there is no button: payouts are bank transfers", async () => {
    creatorApi("owner", { provider: "manual", stripe_account_id: null, stripe_connect_configured: false })
    const page = await render("en")
    expect(connect(page)).toBeNull()
    expect(page.querySelector('[data-testid="stripe-state"]')).toBeNull()
    expect(page.textContent).toContain("pays each approved payout by bank transfer")
  })
})
