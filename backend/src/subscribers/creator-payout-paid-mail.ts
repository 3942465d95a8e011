import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../env"
import { CREATOR_LOCALE } from "../notifications/orders"
import { sendMail } from "../notifications/send-mail"

type PayoutPaid = { id: string; creator_id: string; amount: number; currency_code: string; reference: string }

/** Tells a shop that a payout left the marketplace, with the bank or Stripe reference. */
export default async function creatorPayoutPaidMail({ event: { data }, container }: SubscriberArgs<PayoutPaid>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: creators } = await query.graph({ entity: "creator", fields: ["id", "name", "email"], filters: { id: data.creator_id } })
  const creator = creators[0] as { id: string; name: string; email: string } | undefined
  if (!creator?.email) return
  await sendMail(container, {
    to: creator.email,
    template: "payout-paid",
    idempotency_key: `payout-paid:${data.id}`,
    resource: { id: data.id, type: "creator_payout" },
    trigger: "creator_payout.paid",
    data: {
      locale: CREATOR_LOCALE,
      shop_name: creator.name,
      amount: Number(data.amount),
      currency_code: data.currency_code,
      reference: data.reference,
      balance_url: `${env.STOREFRONT_URL}/${CREATOR_LOCALE}/studio/balance`,
    },
  })
}

export const config: SubscriberConfig = { event: "creator_payout.paid" }
