import { createHmac, timingSafeEqual } from "node:crypto"

/**
 * A purchase's receipt: an HMAC-SHA256 of the purchase (order group) id under the backend's secret,
 * handed to whoever completed the cart (docs/decisions/056). One function for every plugin that
 * shows a part of the purchase, so a receipt opens all of it or none.
 */
export function purchaseReceipt(secret, purchaseId) {
  if (!secret) throw new Error("A purchase receipt needs the backend's secret")
  return createHmac("sha256", secret).update(`purchase.${purchaseId}`).digest("base64url")
}

/** Whether `given` is this purchase's receipt (compared in constant time); anything else is false. */
export function isPurchaseReceipt(secret, purchaseId, given) {
  if (typeof given !== "string" || !given || !purchaseId) return false
  const expected = Buffer.from(purchaseReceipt(secret, purchaseId))
  const actual = Buffer.from(given)
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}
