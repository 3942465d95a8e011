import type { MailContent } from "../compose"
import { passwordReset } from "./account"
import { bookingCancelled, bookingConfirmed, bookingMoved } from "./bookings"
import { orderCanceled, orderRefunded, payoutPaid } from "./money"
import { orderPlaced, orderShipped, purchasePlaced, serviceConfirmed } from "./orders"
import { creatorInvite, decision, type DecisionMail, digitalDownloads } from "./shops"

const decided = (template: string) => (data: DecisionMail) => decision(template, data)

/** Every e-mail the marketplace writes, by the notification's `template`. */
export const MAIL_TEMPLATES = {
  "order-placed": orderPlaced,
  "purchase-placed": purchasePlaced,
  "order-shipped": orderShipped,
  "service-confirmed": serviceConfirmed,
  "order-refunded": orderRefunded,
  "order-canceled": orderCanceled,
  "payout-paid": payoutPaid,
  "password-reset": passwordReset,
  "booking-confirmed": bookingConfirmed,
  "booking-moved": bookingMoved,
  "booking-cancelled": bookingCancelled,
  "creator-invite": creatorInvite,
  "digital-downloads": digitalDownloads,
  "creator-approved": decided("creator-approved"),
  "creator-rejected": decided("creator-rejected"),
  "creator-suspended": decided("creator-suspended"),
  "listing-approved": decided("listing-approved"),
  "listing-rejected": decided("listing-rejected"),
} satisfies Record<string, (data: any) => MailContent>

export type MailTemplate = keyof typeof MAIL_TEMPLATES
/** The data each template needs, so a sender cannot forget a field. */
export type MailData<T extends MailTemplate> = Parameters<(typeof MAIL_TEMPLATES)[T]>[0]

export function isMailTemplate(name: string): name is MailTemplate {
  return Object.prototype.hasOwnProperty.call(MAIL_TEMPLATES, name)
}
