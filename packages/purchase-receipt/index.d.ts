/**
 * A purchase's receipt: an HMAC-SHA256 of the purchase (order group) id under the backend's secret,
 * handed to whoever completed the cart (docs/decisions/056).
 */
export function purchaseReceipt(secret: string, purchaseId: string): string

/** Whether `given` is this purchase's receipt (compared in constant time); anything else is false. */
export function isPurchaseReceipt(secret: string, purchaseId: string | null | undefined, given: unknown): boolean
