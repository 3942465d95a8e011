import { signToken, verifyToken } from "./signed-token"

const PURPOSE = "digital-download"

/** A link to one grant, valid until the grant expires. */
export function downloadUrl(backendUrl: string, secret: string, grant: { id: string; expires_at: Date | string }): string {
  const token = signToken({ grant_id: grant.id, exp: new Date(grant.expires_at).getTime() }, secret, PURPOSE)
  return `${backendUrl.replace(/\/$/, "")}/downloads/${grant.id}?token=${encodeURIComponent(token)}`
}

/** True when `token` was signed by us for this grant and has not expired. */
export function isValidDownloadToken(grantId: string, token: unknown, secret: string): boolean {
  if (typeof token !== "string") return false
  const payload = verifyToken<{ grant_id: string; exp: number }>(token, secret, PURPOSE)
  return payload?.grant_id === grantId
}
