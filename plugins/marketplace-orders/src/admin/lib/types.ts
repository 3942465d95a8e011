import type { OrderEarnings } from "../../utils/order-earnings"
import type { RefundableDelivery, RefundableLine } from "../../utils/refund-plan"

/** Shapes of the plugin's /admin/* responses, as the dashboard reads them (dates are ISO strings). */
export type PayoutStatus = "proposed" | "approved" | "paid" | "canceled"

export type CreatorRef = { id: string; name: string; handle: string }

export type Payout = {
  id: string
  creator_id: string
  creator: CreatorRef | null
  currency_code: string
  amount: number
  status: PayoutStatus
  provider: string
  reference: string | null
  approved_at: string | null
  paid_at: string | null
  created_at: string
}

/** A shop's balance in one currency (GET /admin/marketplace/balances). */
export type CreatorBalance = {
  creator: Partial<CreatorRef> & { id: string }
  currency_code: string
  earned: number
  held: number
  available: number
  paid: number
  reversed: number
}

export type CommissionScope = "global" | "creator" | "programme" | "category"
export type CommissionType = "percentage" | "fixed"

export type CommissionRule = {
  id: string
  scope: CommissionScope
  reference: string | null
  type: CommissionType
  percentage: number | null
  amount: number | null
  currency_code: string | null
  active: boolean
  created_at: string
}

/** What a create or an edit sends: the whole rule, fields of the other type null. */
export type CommissionRuleInput = Omit<CommissionRule, "id" | "created_at">

/** An order line as the refund drawer shows it: the refund plan's view of it and what is left to refund. */
export type MarketplaceOrderLine = Pick<
  RefundableLine,
  "id" | "title" | "quantity" | "total" | "fulfilled_quantity" | "refunded_quantity" | "refunded_amount"
> & { refundable_amount: number }

export type MarketplaceOrder = {
  id: string
  display_id: number
  status: string
  currency_code: string
  shipped: boolean
  creator: CreatorRef | null
  order_group: { id: string; display_id: number; payment_status: string } | null
  lines: MarketplaceOrderLine[]
  shipping: RefundableDelivery
  earnings: OrderEarnings
  refunded_total: number
  refunds: {
    id: string
    line_item_id: string | null
    quantity: number
    amount: number
    method: string
    note: string | null
    created_at: string
  }[]
}
