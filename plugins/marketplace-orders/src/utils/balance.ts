import { round } from "./commission"

export type Entry = { currency_code: string; type: "earned" | "reversed" | "paid"; amount: number | string; available_at: Date | string }
export type Balance = { currency_code: string; earned: number; held: number; available: number; paid: number; reversed: number }

/**
 * What a ledger entry is about: an order line (less commission), the creator's own delivery fee
 * (an order's entry with no line, docs/decisions/040), or a payout.
 */
export function entryKind(entry: { order_id?: string | null; line_item_id?: string | null; payout_id?: string | null }) {
  if (entry.line_item_id) return "line" as const
  if (entry.order_id) return "delivery" as const
  return "payout" as const
}

/**
 * A creator's balance per currency from their ledger: earned (all earnings), held (earnings still
 * in their holding period, less refunds of them), paid, reversed (refunds), and available =
 * earned − held − paid − reversed, which goes negative when a refund comes after a payout (the
 * next payout offsets it).
 */
export function balances(entries: Entry[], now = new Date()): Balance[] {
  const by = new Map<string, Balance>()
  for (const entry of entries) {
    const b = by.get(entry.currency_code) ?? { currency_code: entry.currency_code, earned: 0, held: 0, available: 0, paid: 0, reversed: 0 }
    const amount = Number(entry.amount)
    if (entry.type === "earned") {
      b.earned += amount
      if (new Date(entry.available_at) > now) b.held += amount
    } else if (entry.type === "paid") b.paid += amount
    else {
      // a refund of earnings still held comes off what is held (its entry is dated like the earning)
      b.reversed += amount
      if (new Date(entry.available_at) > now) b.held -= amount
    }
    by.set(entry.currency_code, b)
  }
  return [...by.values()].map((b) => {
    const out = { ...b, earned: round(b.earned), held: round(b.held), paid: round(b.paid), reversed: round(b.reversed) }
    return { ...out, available: round(out.earned - out.held - out.paid - out.reversed) }
  })
}
