import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { mailLocale } from "../modules/mail/format"
import { loadOrder, mailLines, purchaseUrl, type MailOrder } from "../notifications/orders"
import { sendMail } from "../notifications/send-mail"
import { checkoutsSettled } from "@creative-market/marketplace-orders/utils/checkout-turns"

/** Tells the buyer their purchase is placed: one e-mail for the whole purchase, each shop's part in it. */
export default async function purchasePlacedMail({ event: { data }, container }: SubscriberArgs<{ id: string }>) {
  await checkoutsSettled()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: groups } = await query.graph({
    entity: "order_group",
    fields: ["id", "display_id", "email", "currency_code", "total", "orders.id"],
    filters: { id: data.id },
  })
  const group = groups[0] as any
  if (!group?.email) return
  // each creator's order as its own e-mails read it (lines, shop, the buyer's language)
  const orders = (await Promise.all((group.orders ?? []).filter(Boolean).map((order: any) => loadOrder(container, order.id)))).filter(
    (order): order is NonNullable<MailOrder> => !!order,
  )
  const locale = orders[0]?.buyer_locale ?? mailLocale(undefined)
  await sendMail(container, {
    to: group.email,
    template: "purchase-placed",
    idempotency_key: `purchase-placed:${group.id}`,
    resource: { id: group.id, type: "order_group" },
    trigger: "order_group.placed",
    data: {
      locale,
      display_id: Number(group.display_id),
      currency_code: group.currency_code,
      total: Number(group.total),
      shops: orders.map((order) => ({ shop_name: order.creator?.name ?? "Creative Market", items: mailLines(order.items) })),
      // opens the purchase, and moves or cancels its bookings, from any browser
      purchase_url: purchaseUrl(container, group.id, locale),
    },
  })
}

export const config: SubscriberConfig = { event: "order_group.placed" }
