/** A payout as operators and its creator see it (amount as a number). */
export function payoutView(payout: any) {
  return {
    id: payout.id,
    creator_id: payout.creator_id,
    currency_code: payout.currency_code,
    amount: Number(payout.amount),
    status: payout.status,
    provider: payout.provider,
    reference: payout.reference ?? null,
    approved_at: payout.approved_at ?? null,
    paid_at: payout.paid_at ?? null,
    created_at: payout.created_at,
  }
}
