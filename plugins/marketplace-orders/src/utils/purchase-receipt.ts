import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { isPurchaseReceipt as isReceiptUnder, purchaseReceipt as receiptUnder } from "@creative-market/purchase-receipt"

const secretOf = (container: MedusaContainer) =>
  container.resolve(ContainerRegistrationKeys.CONFIG_MODULE).projectConfig.http.jwtSecret as string

/**
 * A purchase's receipt: an HMAC of the order group's id under the backend's JWT secret, handed to
 * whoever completed the cart. With it a buyer who was not signed in reads a purchase that belongs
 * to an account (Medusa puts a guest checkout with a registered e-mail on that account); without
 * it only the account's own customer does (docs/decisions/056). The HMAC lives in
 * `@creative-market/purchase-receipt`, so the bookings plugin accepts the same receipt for the
 * purchase's bookings.
 */
export function purchaseReceipt(container: MedusaContainer, groupId: string): string {
  return receiptUnder(secretOf(container), groupId)
}

export function isPurchaseReceipt(container: MedusaContainer, groupId: string, given: unknown): boolean {
  return isReceiptUnder(secretOf(container), groupId, given)
}
