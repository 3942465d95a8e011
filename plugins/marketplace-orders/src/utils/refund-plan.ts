import { round } from "./commission"

/** An order line as a refund sees it: what was paid for it and what was already given back. */
export type RefundableLine = {
  id: string
  title: string
  quantity: number
  /** what the buyer paid for the whole line (after discounts, with tax) */
  total: number
  /** units shipped: their stock left the warehouse and only comes back through a return */
  fulfilled_quantity: number
  refunded_quantity: number
  refunded_amount: number
  /** the line's commission and the creator's earning, and what refunds already reversed of each */
  commission: number
  commission_reversed: number
  earning: number
  earning_reversed: number
}

export type LineRefund = {
  line_item_id: string
  quantity: number
  amount: number
  commission_reversal: number
  earning_reversal: number
  /** units whose reservation is released (refunded units not shipped yet), of `open_quantity` still reserved */
  restock_quantity: number
  open_quantity: number
  /** nothing of the line is left to refund after this one: what it bought is taken back (docs/decisions/055) */
  settles_line: boolean
}

export class RefundRefused extends Error {}

const money = (n: number) => n.toFixed(2)

/**
 * What refunding `quantity` units or `amount` of a line gives back (neither: all that is left),
 * and the commission and earning reversed with it, in proportion to the money (rounded on the
 * running total so many small refunds add up to the whole line). Throws RefundRefused on an
 * over-refund.
 */
export function planLineRefund(line: RefundableLine, ask: { quantity?: number; amount?: number }): LineRefund {
  const leftAmount = round(line.total - line.refunded_amount)
  const leftQuantity = line.quantity - line.refunded_quantity
  if (leftAmount <= 0) throw new RefundRefused(`"${line.title}" is already fully refunded.`)
  // the routes validate this already; the workflow is also run by subscribers and scripts
  if (ask.amount !== undefined && ask.quantity !== undefined) throw new RefundRefused("Give either a quantity or an amount, not both.")
  if (ask.amount !== undefined && !(ask.amount > 0)) throw new RefundRefused("A refund amount must be more than 0.")
  if (ask.quantity !== undefined && !(Number.isInteger(ask.quantity) && ask.quantity > 0))
    throw new RefundRefused("A refund quantity must be a whole number of units, at least 1.")
  let quantity = 0
  let amount: number
  if (ask.amount !== undefined) {
    if (ask.amount > leftAmount + 1e-9) throw new RefundRefused(`At most ${money(leftAmount)} of "${line.title}" can still be refunded.`)
    amount = round(ask.amount)
  } else {
    quantity = ask.quantity ?? leftQuantity
    if (quantity > leftQuantity)
      throw new RefundRefused(`Only ${leftQuantity} of ${line.quantity} units of "${line.title}" can still be refunded.`)
    amount = quantity === leftQuantity ? leftAmount : Math.min(round((line.total * quantity) / line.quantity), leftAmount)
  }
  const share = (whole: number, done: number) => (line.total > 0 ? round((whole * (line.refunded_amount + amount)) / line.total) - done : 0)
  const open = Math.max(line.quantity - line.fulfilled_quantity - line.refunded_quantity, 0)
  return {
    line_item_id: line.id,
    quantity,
    amount,
    commission_reversal: round(share(line.commission, line.commission_reversed)),
    earning_reversal: round(share(line.earning, line.earning_reversed)),
    restock_quantity: Math.min(quantity, open),
    open_quantity: open,
    settles_line: round(leftAmount - amount) <= 0,
  }
}

/** An order's delivery as a refund sees it: what the buyer paid for it, and the creator's earning for it (their own shipping option). */
export type RefundableDelivery = {
  /** what the buyer paid for the order's delivery (with tax); 0 for a free copy of the marketplace's delivery */
  total: number
  refunded: number
  /** the creator's delivery fee earning (none when the marketplace delivers) and what refunds already reversed of it */
  earning: number
  earning_reversed: number
}

export type DeliveryRefund = { amount: number; earning_reversal: number }

/**
 * The delivery given back when nothing will be delivered: all that is left of what the buyer paid
 * for it, and the creator's delivery earning reversed with it (docs/decisions/040).
 */
export function planDeliveryRefund(delivery: RefundableDelivery): DeliveryRefund {
  const amount = round(Math.max(delivery.total - delivery.refunded, 0))
  return { amount, earning_reversal: amount > 0 ? round(Math.max(delivery.earning - delivery.earning_reversed, 0)) : 0 }
}

/**
 * Whether a line refund also gives the delivery back: only when it leaves nothing of an order
 * that has not shipped (the delivery will never happen, as with a cancellation). A shipped order
 * keeps its delivery: the creator paid the carrier. Any other line refund keeps it too.
 */
export function refundsWholeOrder(lines: RefundableLine[], refund: LineRefund, shipped: boolean): boolean {
  if (shipped) return false
  return lines.every((line) => {
    const refunding = line.id === refund.line_item_id ? refund.amount : 0
    return round(line.total - line.refunded_amount - refunding) <= 0
  })
}

/** How the money goes back on the group's one payment. */
export type MoneyPlan = {
  payment_id: string | null
  method: "refunded" | "released"
  amount: number
  cancel_payment: boolean
  /** the purchase's payment status afterwards (null: unchanged) */
  payment_status: "refunded" | "partially_refunded" | "canceled" | null
}

/**
 * A captured payment is refunded, never beyond what it still holds; a payment only authorised is
 * released instead (that amount is no longer to be captured), and voided once the whole purchase
 * has been given back.
 */
export function planMoney(
  payment: { id: string; captured: number; refunded: number } | null,
  group: { total: number; refunded: number } | null,
  amount: number,
): MoneyPlan {
  if (payment && payment.captured > 0) {
    const left = round(payment.captured - payment.refunded)
    if (amount > left + 1e-9) throw new RefundRefused(`Only ${money(left)} of this purchase's payment can still be refunded.`)
    const status = round(left - amount) <= 0 ? "refunded" : "partially_refunded"
    return { payment_id: payment.id, method: "refunded", amount, cancel_payment: false, payment_status: status }
  }
  const cancel = !!payment && !!group && round(group.refunded + amount) >= round(group.total)
  return { payment_id: payment?.id ?? null, method: "released", amount, cancel_payment: cancel, payment_status: cancel ? "canceled" : null }
}
