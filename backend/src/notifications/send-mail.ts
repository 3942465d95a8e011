import type { MedusaContainer, NotificationTypes } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { MailData, MailTemplate } from "../modules/mail/templates"

type Outgoing<T extends MailTemplate> = {
  to: string
  template: T
  data: MailData<T>
  /** one e-mail per key, ever: a redelivered event does not mail twice */
  idempotency_key?: string
  resource?: { id: string; type: string }
  trigger?: string
  attachments?: NotificationTypes.Attachment[]
}

/** Hands one e-mail to the Notification Module's `email` channel (the mail provider renders and delivers it). */
export async function sendMail<T extends MailTemplate>(container: MedusaContainer, mail: Outgoing<T>) {
  await container.resolve(Modules.NOTIFICATION).createNotifications({
    to: mail.to,
    channel: "email",
    template: mail.template,
    data: mail.data as Record<string, unknown>,
    idempotency_key: mail.idempotency_key,
    resource_id: mail.resource?.id,
    resource_type: mail.resource?.type,
    trigger_type: mail.trigger,
    attachments: mail.attachments,
  })
}
