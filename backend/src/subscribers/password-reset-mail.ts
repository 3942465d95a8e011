import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { env } from "../env"
import { mailLocale } from "../modules/mail/format"
import { sendMail } from "../notifications/send-mail"

type PasswordReset = { entity_id: string; token: string; actor_type: string; metadata?: { locale?: unknown } }

/** Medusa's reset tokens live 15 minutes (generateResetPasswordTokenWorkflow). */
const VALID_MINUTES = 15

/**
 * Where each kind of account sets its new password: buyers on the storefront (in the language
 * they asked from, sent as `metadata.locale`), operators in the admin. The studio has no reset
 * page yet, so creators get no e-mail (docs/decisions/018).
 */
function resetUrl(actor: string, locale: string, token: string, email: string): string | null {
  const params = new URLSearchParams({ token, email }).toString()
  if (actor === "customer") return `${env.STOREFRONT_URL}/${locale}/account/reset-password?${params}`
  if (actor === "user") return `${env.MEDUSA_BACKEND_URL}/app/reset-password?${params}`
  return null
}

export default async function passwordResetMail({ event: { data }, container }: SubscriberArgs<PasswordReset>) {
  const locale = mailLocale(data.metadata?.locale)
  const url = resetUrl(data.actor_type, locale, data.token, data.entity_id)
  if (!url) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`auth.password_reset: no reset page for "${data.actor_type}" accounts, so no e-mail was sent to ${data.entity_id}`)
    return
  }
  await sendMail(container, {
    to: data.entity_id,
    template: "password-reset",
    // one e-mail per token: a redelivered event does not mail twice, a new request mails again
    idempotency_key: `password-reset:${data.token.slice(-32)}`,
    trigger: "auth.password_reset",
    data: { locale, reset_url: url, valid_minutes: VALID_MINUTES },
  })
}

export const config: SubscriberConfig = { event: "auth.password_reset" }
