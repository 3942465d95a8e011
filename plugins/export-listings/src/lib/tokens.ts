import { createHmac, randomBytes } from "node:crypto"

/** A new partner token: shown once, stored only as its peppered hash. */
export function newToken(): string {
  return `cmpt_${randomBytes(24).toString("base64url")}`
}

export function hashToken(token: string, pepper: string): string {
  return createHmac("sha256", pepper).update(token).digest("hex")
}

export function tokenHint(token: string): string {
  return `${token.slice(0, 9)}…`
}
