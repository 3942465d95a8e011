import { env } from "~/env.server"

const STRIPE = {
  script: "https://js.stripe.com",
  frame: "https://js.stripe.com https://hooks.stripe.com",
  connect: "https://api.stripe.com",
}

/** The Content-Security-Policy of a page: only this origin, the backend, and Stripe when it is on. */
export function contentSecurityPolicy(nonce: string) {
  const stripe = Boolean(env.STRIPE_PUBLISHABLE_KEY)
  const dev = env.NODE_ENV === "development"
  const backend = new URL(env.MEDUSA_BACKEND_URL).origin
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
    "form-action 'self'",
  ].join("; ")
}

/** Headers every storefront response carries. */
export function securityHeaders(headers: Headers) {
  headers.set("X-Content-Type-Options", "nosniff")
  headers.set("Referrer-Policy", "strict-origin-when-cross-origin")
  headers.set("X-Frame-Options", "SAMEORIGIN")
  headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
}
