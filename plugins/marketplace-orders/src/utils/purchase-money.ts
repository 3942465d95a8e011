import { round } from "./commission"

export const sum = (rows: { amount: unknown }[]) => round(rows.reduce((total, row) => total + Number(row.amount ?? 0), 0))

/**
 * What a purchase's one payment may be captured for in all: the authorised amount less the refunds
 * released before any capture (a cancelled order's money given back by lowering what is taken,
 * docs/decisions/022).
 */
export const purchaseDue = (payment: { amount: unknown }, released: { amount: unknown }[]) => round(Number(payment.amount) - sum(released))
