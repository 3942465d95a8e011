import { env } from "~/env.server"

// Stripe.js and the Payment Element's frames (https://docs.stripe.com/security/guide#content-security-policy)
const STRIPE = {
  script: "https://js.stripe.com https://*.js.stripe.com",
  frame: "https://js.stripe.com https://*.js.stripe.com https://hooks.stripe.com",
  connect: "https://api.stripe.com",
  // the studio's "Connect Stripe" form answers with a redirect to Stripe's onboarding; without
  // JavaScript that is a form submission, and form-action also governs where it may redirect
  onboarding: "https://connect.stripe.com",
}

type CspConfig = Pick<typeof env, "STRIPE_PUBLISHABLE_KEY" | "NODE_ENV" | "MEDUSA_BACKEND_URL">

/** The Content-Security-Policy of a page: only this origin, the backend, and Stripe when it is on. */
export function contentSecurityPolicy(nonce: string, config: CspConfig = env) {
  const stripe = Boolean(config.STRIPE_PUBLISHABLE_KEY)
  const dev = config.NODE_ENV === "development"
  const backend = new URL(config.MEDUSA_BACKEND_URL).origin
  return [
    "default-src 'self'",
    // Vite's dev client injects scripts without our nonce (and a nonce would disable 'unsafe-inline')
    `script-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}${stripe ? ` ${STRIPE.script}` : ""}`,
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${backend}`,
    "font-src 'self'",
    `connect-src 'self'${stripe ? ` ${STRIPE.connect}` : ""}${dev ? " ws: wss:" : ""}`,
    `frame-src ${stripe ? STRIPE.frame : "'none'"}`,
    "frame-ancestors 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${STRIPE.onboarding}`,
  ].join("; ")
}

/** Headers every storefront response carries. */
export function securityHeaders(headers: Headers) {
  headers.set("X-Content-Type-Options", "nosniff")
  headers.set("Referrer-Policy", "strict-origin-when-cross-origin")
  headers.set("X-Frame-Options", "SAMEORIGIN")
  headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
}
