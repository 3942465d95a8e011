import type { MedusaContainer, NotificationTypes } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { purchaseReceipt } from "@creative-market/marketplace-orders/utils/purchase-receipt"
import { env } from "../env"
import { mailLocale } from "../modules/mail/format"
import type { MailData, MailTemplate } from "../modules/mail/templates"
import type { MailLine } from "../modules/mail/templates/words"
import { sendMail } from "./send-mail"

const ORDER_FIELDS = [
  "id",
  "display_id",
  "email",
  "locale",
  "currency_code",
  "total",
  "items.id",
  "items.title",
  "items.product_title",
  "items.variant_title",
  "items.quantity",
  "items.requires_shipping",
  "items.metadata",
  "shipping_address.*",
  "creator.id",
  "creator.name",
  "creator.email",
  "order_group.id",
  "order_group.display_id",
]

export type MailOrder = Awaited<ReturnType<typeof loadOrder>>

/** A creator's order with what its e-mails need: buyer, lines, address, the shop. Null when it is gone. */
export async function loadOrder(container: MedusaContainer, id: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "order", fields: ORDER_FIELDS, filters: { id } })
  const order = data[0] as any
  if (!order) return null
  return {
    id: order.id as string,
    display_id: Number(order.display_id),
    /** the purchase's number (the order group's): what the buyer's confirmation and account show */
    purchase_display_id: order.order_group?.display_id ? Number(order.order_group.display_id) : null,
    purchase_id: (order.order_group?.id as string | undefined) ?? null,
    email: (order.email as string | null) ?? null,
    /** the buyer's language: the locale the cart was shopped in */
    buyer_locale: mailLocale(order.locale),
    currency_code: order.currency_code as string,
    total: Number(order.total),
    items: (order.items ?? []) as any[],
    shipping_address: order.shipping_address as Record<string, string | null> | null,
    creator: order.creator
      ? { id: order.creator.id as string, name: order.creator.name as string, email: order.creator.email as string }
      : null,
  }
}

export const mailLines = (items: any[]): MailLine[] =>
  items.map((item) => ({
    title: item.product_title ?? item.title,
    variant: item.variant_title && item.variant_title !== "Default variant" ? item.variant_title : null,
    quantity: Number(item.quantity),
    requested_date: typeof item.metadata?.requested_date === "string" ? item.metadata.requested_date : null,
  }))

/** The address as lines on an envelope, or null. */
export function addressLines(address: Record<string, string | null> | null): string[] | null {
  if (!address) return null
  const name = [address.first_name, address.last_name].filter(Boolean).join(" ")
  const city = [address.postal_code, address.city].filter(Boolean).join(" ")
  const lines = [
    name,
    address.company,
    address.address_1,
    address.address_2,
    city,
    address.province,
    address.country_code?.toUpperCase(),
    address.phone,
  ]
  return lines.filter((line): line is string => !!line && line.trim() !== "")
}

/**
 * A shop's language for its e-mails. Shops do not choose one yet: Azerbaijani, the marketplace's
 * default (docs/decisions/018).
 */
export const CREATOR_LOCALE = "az" as const

/** A page of the studio in the shop's language: `orders/<id>`, `balance`. */
export const studioUrl = (page: string) => `${env.STOREFRONT_URL}/${CREATOR_LOCALE}/studio/${page}`

export const studioOrderUrl = (orderId: string) => studioUrl(`orders/${orderId}`)

/**
 * The purchase on the storefront in the buyer's language, with its receipt, so the link opens it
 * (and its bookings, to move or cancel them) from any browser, signed in or not (docs/decisions/056).
 */
export const purchaseUrl = (container: MedusaContainer, purchaseId: string, locale: string) =>
  `${env.STOREFRONT_URL}/${locale}/orders/${purchaseId}?group=1&receipt=${purchaseReceipt(container, purchaseId)}`

type BuyerMail<T extends MailTemplate> = {
  template: T
  trigger: string
  idempotency_key?: string
  attachments?: NotificationTypes.Attachment[]
  /** the template's own fields; language, order number and shop come from the order */
  data: Omit<MailData<T>, "locale" | "display_id" | "shop_name">
}

/**
 * An e-mail to the buyer of a creator's order, in the language they shopped in, numbered as the
 * buyer knows it: the purchase's number, not the creator's order's (which only the shop sees).
 */
export async function mailBuyer<T extends MailTemplate>(container: MedusaContainer, order: NonNullable<MailOrder>, mail: BuyerMail<T>) {
  if (!order.email) return
  const basics = {
    locale: order.buyer_locale,
    display_id: order.purchase_display_id ?? order.display_id,
    shop_name: order.creator?.name ?? "Creative Market",
  }
  await sendMail(container, {
    to: order.email,
    template: mail.template,
    idempotency_key: mail.idempotency_key,
    resource: { id: order.id, type: "order" },
    trigger: mail.trigger,
    attachments: mail.attachments,
    data: { ...basics, ...mail.data } as MailData<T>,
  })
}

type ShopMail<T extends MailTemplate> = {
  template: T
  trigger: string
  idempotency_key: string
  resource: { id: string; type: string }
  attachments?: NotificationTypes.Attachment[]
  /** the template's own fields; language and shop name come from the shop */
  data: Omit<MailData<T>, "locale" | "shop_name">
}

/** An e-mail to a shop, in the shop's language; none when the shop has no address. */
export async function mailShop<T extends MailTemplate>(
  container: MedusaContainer,
  shop: { name: string; email: string | null } | null | undefined,
  mail: ShopMail<T>,
) {
  if (!shop?.email) return
  await sendMail(container, {
    ...mail,
    to: shop.email,
    data: { ...mail.data, locale: CREATOR_LOCALE, shop_name: shop.name } as MailData<T>,
  })
}
