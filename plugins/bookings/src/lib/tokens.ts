import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto"

/**
 * Links to one booking (its .ics file, cancel and reschedule) carry an HMAC of the booking id:
 * they do not expire, and stop working when the secret changes.
 */
export function bookingToken(bookingId: string, secret: string): string {
  return createHmac("sha256", secret).update(`booking.${bookingId}`).digest("base64url")
}

export function isBookingToken(bookingId: string, token: unknown, secret: string): boolean {
  if (typeof token !== "string") return false
  const expected = Buffer.from(bookingToken(bookingId, secret))
  const given = Buffer.from(token)
  return expected.length === given.length && timingSafeEqual(expected, given)
}

/** A private calendar feed token: random, stored only as its hash, revoked by replacing or clearing it. */
export function newFeedToken(): { token: string; hash: string } {
  const token = randomBytes(24).toString("base64url")
  return { token, hash: feedTokenHash(token) }
}

export function feedTokenHash(token: string): string {
  return createHash("sha256").update(token).digest("hex")
}
