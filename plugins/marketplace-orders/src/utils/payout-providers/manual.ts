import { MedusaError } from "@medusajs/framework/utils"
import type { PayoutProvider, PayoutTransferInput } from "./types"

/** The operator made a bank transfer outside the marketplace and records its reference here. */
export const manualPayoutProvider: PayoutProvider = {
  id: "manual",
  async createTransfer({ reference }: PayoutTransferInput) {
    if (!reference?.trim())
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "A manual payout is paid by a bank transfer: give its reference.")
    return { reference: reference.trim() }
  },
}
