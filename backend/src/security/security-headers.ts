import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { env } from "../env"

const HSTS = "max-age=31536000"

/** The headers every backend response carries (docs/decisions/009). */
function setHeaders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  res.removeHeader("X-Powered-By")
  res.setHeader("X-Content-Type-Options", "nosniff")
  res.setHeader("Referrer-Policy", "strict-origin-when-cross-origin")
  // the admin (/app) must not be framed by another site; nothing else here is meant to be framed either
  res.setHeader("X-Frame-Options", "SAMEORIGIN")
  res.setHeader("Content-Security-Policy", "frame-ancestors 'self'")
  if (req.secure || env.COOKIE_SECURE === true) res.setHeader("Strict-Transport-Security", HSTS)
  next()
}

const APPLIED = Symbol.for("creative-market.security-headers")

/**
 * Global middleware. Medusa mounts the admin (/app) and its files before any project middleware
 * and offers no earlier hook, so on the first request it sees (the /health probe `npm start` and
 * load balancers send before anyone else) it also puts `setHeaders` at the very front of Express's
 * stack, turns off X-Powered-By, and applies TRUST_PROXY (Medusa trusts one proxy hop from anyone).
 */
export function securityHeaders(req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) {
  const app = req.app as typeof req.app & { [APPLIED]?: boolean; _router?: { stack: unknown[] } }
  if (!app[APPLIED]) {
    app[APPLIED] = true
    app.set("trust proxy", env.TRUST_PROXY)
    app.disable("x-powered-by")
    const stack = app._router?.stack
    if (stack) {
      app.use(setHeaders as never)
      // right after Express's own expressInit, which gives req its getters (secure, ip)
      const init = stack.findIndex((layer: unknown) => (layer as { name?: string }).name === "expressInit")
      stack.splice(init + 1, 0, stack.pop())
    }
  }
  setHeaders(req, res, next)
}
