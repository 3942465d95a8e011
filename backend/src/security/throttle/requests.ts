import type { MedusaRequest, MedusaResponse } from "@medusajs/framework/http"

/** The account an auth request is about: its e-mail address, lower-cased, or null. */
export function accountOf(req: MedusaRequest): string | null {
  const body = (req.body ?? {}) as Record<string, unknown>
  // a password update is about the account its reset token names, whatever the body says
  const candidate = /\/update$/.test(req.path) ? tokenSubject(req.headers.authorization) : (body.email ?? body.identifier)
  return typeof candidate === "string" && candidate.trim() ? candidate.trim().toLowerCase() : null
}

/**
 * The e-mail a password-reset token was issued for, read without verifying the token: only to
 * count requests per account. Medusa verifies the token (and uses it once) after the throttle.
 */
export function tokenSubject(authorization: string | undefined): string | null {
  const token = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1]
  try {
    const payload = JSON.parse(Buffer.from(token?.split(".")[1] ?? "", "base64url").toString("utf8"))
    return typeof payload?.entity_id === "string" ? payload.entity_id : null
  } catch {
    return null
  }
}

/** The client's address as Express sees it under TRUST_PROXY (applied by securityHeaders). */
export const addressOf = (req: MedusaRequest): string => req.ip ?? req.socket.remoteAddress ?? "unknown"

/** 429 with Retry-After and a sentence a person can act on. */
export function tooManyRequests(res: MedusaResponse, msBeforeNext: number, message: (minutes: number) => string) {
  const seconds = Math.max(1, Math.ceil(msBeforeNext / 1000))
  res
    .status(429)
    .setHeader("Retry-After", String(seconds))
    .json({ type: "too_many_requests", message: message(Math.ceil(seconds / 60)) })
}

/** Runs `settle` with the status code before the JSON answer leaves, so counters are final when the client reads it. */
export function beforeJsonAnswer(res: MedusaResponse, settle: (status: number) => Promise<void>) {
  const json = res.json.bind(res)
  let settled = false
  res.json = ((body: unknown) => {
    if (settled) return json(body)
    settled = true
    settle(res.statusCode)
      .catch(() => undefined)
      .finally(() => json(body))
    return res
  }) as typeof res.json
}

export const inMinutes = (minutes: number) => (minutes === 1 ? "about a minute" : `about ${minutes} minutes`)
