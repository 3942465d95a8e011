import { createHash, createHmac, timingSafeEqual } from "node:crypto"

/**
 * Compact signed tokens (`<base64url payload>.<base64url HMAC-SHA256>`) for invites and
 * download links. Expiry is part of the signed payload.
 */
export function signToken(payload: Record<string, unknown> & { exp: number }, secret: string, purpose: string): string {
  const body = Buffer.from(JSON.stringify(payload)).toString("base64url")
  return `${body}.${mac(`${purpose}.${body}`, secret)}`
}

/** The payload of a valid, unexpired token of `purpose`, or null. */
export function verifyToken<T extends { exp: number }>(token: string, secret: string, purpose: string, now = Date.now()): T | null {
  const [body, signature, extra] = String(token).split(".")
  if (!body || !signature || extra !== undefined) return null
  const expected = Buffer.from(mac(`${purpose}.${body}`, secret))
  const given = Buffer.from(signature)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  try {
    const payload = JSON.parse(Buffer.from(body, "base64url").toString("utf8")) as T
    return typeof payload.exp === "number" && payload.exp > now ? payload : null
  } catch {
    return null
  }
}

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex")
}

function mac(value: string, secret: string): string {
  return createHmac("sha256", secret).update(value).digest("base64url")
}
