import { createHmac, timingSafeEqual } from "node:crypto"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * A purchase's receipt: an HMAC of the order group's id under the backend's JWT secret, handed to
 * whoever completed the cart. With it a buyer who was not signed in reads a purchase that belongs
 * to an account (Medusa puts a guest checkout with a registered e-mail on that account); without
 * it only the account's own customer does (docs/decisions/056).
 */
export function purchaseReceipt(container: MedusaContainer, groupId: string): string {
  const secret = container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string
  return createHmac("sha256", secret).update(`purchase.${groupId}`).digest("base64url")
}

export function isPurchaseReceipt(container: MedusaContainer, groupId: string, given: unknown): boolean {
  if (typeof given !== "string" || !given) return false
  const expected = Buffer.from(purchaseReceipt(container, groupId))
  const actual = Buffer.from(given)
  return expected.length === actual.length && timingSafeEqual(expected, actual)
}
