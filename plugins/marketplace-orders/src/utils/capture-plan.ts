import { round } from "./commission"

/** A creator's order's payment share (create-payment-shares) as a capture sees it. */
export type CaptureShare = { id: string; amount: number; captured_amount: number; refunded_amount: number; status: string }

/** What a capture of the purchase's one payment changes. */
export type CapturePlan = {
  /** the purchase's payment status afterwards (null: unchanged) */
  payment_status: "captured" | "partially_captured" | "partially_refunded" | "refunded" | null
  /** only the shares whose captured amount or status changes */
  shares: { id: string; captured_amount: number; status: string }[]
  /** captured beyond what was still to be paid (money already released to the buyer, captured anyway) */
  over_captured: number
}

const cents = (value: number) => Math.round(value * 100)

/**
 * The purchase's state after its payment was captured, derived from what the payment holds in
 * total (never from one capture's amount), so a repeated or late event plans nothing new.
 * `due` is the authorised amount less the released refunds of the group (docs/decisions/022).
 * Shares of cancelled orders keep their state; the others take the captured money in proportion
 * to what is still to be paid for them (their amount, already lowered by released refunds),
 * rounded on the running total so the parts add up to the whole, and never less than they
 * already show (a refund marks its share captured).
 */
export function planCapture(
  payment: { captured: number; refunded: number; canceled: boolean },
  group: { payment_status: string; due: number },
  shares: CaptureShare[],
): CapturePlan {
  if (payment.canceled || payment.captured <= 0) return { payment_status: null, shares: [], over_captured: 0 }
  const status =
    payment.refunded > 0
      ? round(payment.captured - payment.refunded) <= 0
        ? "refunded"
        : "partially_refunded"
      : cents(payment.captured) >= cents(group.due)
        ? "captured"
        : "partially_captured"

  const open = shares.filter((share) => share.status !== "canceled")
  const dueCents = open.reduce((total, share) => total + cents(share.amount), 0)
  const toShare = Math.min(cents(payment.captured), dueCents)
  let running = 0
  let given = 0
  const changed: CapturePlan["shares"] = []
  for (const share of open) {
    running += cents(share.amount)
    const upTo = dueCents > 0 ? Math.round((toShare * running) / dueCents) : 0
    const captured = Math.max(upTo - given, cents(share.captured_amount)) / 100
    given = upTo
    const shareStatus = cents(captured) >= cents(share.amount) ? "completed" : captured > 0 ? "partially_captured" : share.status
    if (cents(captured) !== cents(share.captured_amount) || shareStatus !== share.status)
      changed.push({ id: share.id, captured_amount: captured, status: shareStatus })
  }
  return {
    payment_status: status === group.payment_status ? null : status,
    shares: changed,
    over_captured: Math.max(cents(payment.captured) - cents(group.due), 0) / 100,
  }
}
