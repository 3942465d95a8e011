import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { mailShop, studioUrl } from "../notifications/orders"

type PayoutPaid = { id: string; creator_id: string; amount: number; currency_code: string; reference: string }

/** Tells a shop that a payout left the marketplace, with the bank or Stripe reference. */
export default async function creatorPayoutPaidMail({ event: { data }, container }: SubscriberArgs<PayoutPaid>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: creators } = await query.graph({ entity: "creator", fields: ["id", "name", "email"], filters: { id: data.creator_id } })
  await mailShop(container, creators[0] as { name: string; email: string } | undefined, {
    template: "payout-paid",
    idempotency_key: `payout-paid:${data.id}`,
    resource: { id: data.id, type: "creator_payout" },
    trigger: "creator_payout.paid",
    data: {
      amount: Number(data.amount),
      currency_code: data.currency_code,
      reference: data.reference,
      balance_url: studioUrl("balance"),
    },
  })
}

export const config: SubscriberConfig = { event: "creator_payout.paid" }
