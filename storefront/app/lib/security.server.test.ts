import { describe, expect, it } from "vitest"
import { contentSecurityPolicy } from "./security.server"

const base = { NODE_ENV: "production" as const, MEDUSA_BACKEND_URL: "http://localhost:9000" }
const directive = (csp: string, name: string) => csp.split("; ").find((d) => d.startsWith(`${name} `)) ?? ""

describe("the Content-Security-Policy", () => {
  it("names no Stripe host but Connect's onboarding when Stripe is not configured, and allows no frames", () => {
    const csp = contentSecurityPolicy("n0nce", { ...base, STRIPE_PUBLISHABLE_KEY: undefined })
    expect(csp.split("; ").filter((d) => d.includes("stripe"))).toEqual(["form-action 'self' https://connect.stripe.com"])
    expect(directive(csp, "frame-src")).toBe("frame-src 'none'")
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-n0nce'")
    expect(directive(csp, "connect-src")).toBe("connect-src 'self'")
  })

  it("allows Stripe.js scripts and frames and api.stripe.com calls when a publishable key is set", () => {
    const csp = contentSecurityPolicy("n0nce", { ...base, STRIPE_PUBLISHABLE_KEY: "pk_test_123" })
    expect(directive(csp, "script-src")).toBe("script-src 'self' 'nonce-n0nce' https://js.stripe.com https://*.js.stripe.com")
    expect(directive(csp, "frame-src")).toContain("https://js.stripe.com")
    expect(directive(csp, "connect-src")).toBe("connect-src 'self' https://api.stripe.com")
    expect(directive(csp, "img-src")).toBe("img-src 'self' data: http://localhost:9000")
  })

  it("lets the studio's Connect form, sent without JavaScript, be redirected to Stripe's onboarding (payouts need no publishable key)", () => {
    for (const key of [undefined, "pk_test_123"]) {
      const csp = contentSecurityPolicy("n0nce", { ...base, STRIPE_PUBLISHABLE_KEY: key })
      expect(directive(csp, "form-action")).toBe("form-action 'self' https://connect.stripe.com")
    }
  })
})
