import { MedusaService } from "@medusajs/framework/utils"
import { CommissionLine } from "./models/commission-line"
import { CommissionReversal } from "./models/commission-reversal"
import { CommissionRule } from "./models/commission-rule"
import { CreatorPayout } from "./models/creator-payout"
import { CreatorRefund } from "./models/creator-refund"
import { LedgerEntry } from "./models/ledger-entry"
import { OrderGroup } from "./models/order-group"
import { PayoutSettings } from "./models/payout-settings"
import { ServiceConfirmation } from "./models/service-confirmation"
import { WebhookEvent } from "./models/webhook-event"

class MarketplaceOrderModuleService extends MedusaService({
  OrderGroup,
  ServiceConfirmation,
  CommissionRule,
  CommissionLine,
  LedgerEntry,
  CreatorRefund,
  CommissionReversal,
  CreatorPayout,
  PayoutSettings,
  WebhookEvent,
}) {}

export default MarketplaceOrderModuleService
