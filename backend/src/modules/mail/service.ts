import type { Logger, NotificationTypes } from "@medusajs/framework/types"
import { AbstractNotificationProviderService, MedusaError } from "@medusajs/framework/utils"
import { compose } from "./compose"
import { isMailTemplate, MAIL_TEMPLATES } from "./templates"
import { notice } from "./templates/notice"
import { MailTransport } from "./transport"

export type MailOptions = {
  /** write every message as an .eml file here (the embedded profile: .data/mail) */
  dir?: string
  /** send through this SMTP server (smtp://user:password@host:587, smtps://… for TLS from the start) */
  smtp_url?: string
  /** the From header */
  from: string
}

/**
 * The `email` channel: renders the notification's template in the reader's language (the
 * template's `locale` field) into a text + HTML message and delivers it (docs/decisions/018).
 */
export default class MailNotificationService extends AbstractNotificationProviderService {
  static identifier = "mail"
  private readonly transport: MailTransport
  private readonly logger: Logger

  constructor(
    { logger }: { logger: Logger },
    private readonly options: MailOptions,
  ) {
    super()
    this.logger = logger
    this.transport = new MailTransport(options)
  }

  static validateOptions(options: Record<string, unknown>) {
    if (!options.dir && !options.smtp_url) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "The mail provider needs a `dir` for .eml files or an `smtp_url`.")
    }
  }

  async send(notification: NotificationTypes.ProviderSendNotificationDTO): Promise<NotificationTypes.ProviderSendNotificationResultsDTO> {
    const data = (notification.data ?? {}) as Record<string, unknown>
    const template = notification.template
    const content = isMailTemplate(template) ? MAIL_TEMPLATES[template](data as never) : notice(template, data)
    if (!isMailTemplate(template)) this.logger.warn(`mail: no template "${template}", sent as a plain notice`)
    const mail = compose(content)
    const delivered = await this.transport.deliver(
      {
        from: notification.from || this.options.from,
        to: notification.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        headers: { "Content-Language": content.locale },
        attachments: (notification.attachments ?? []).map((a) => ({
          filename: a.filename,
          content: a.content,
          contentType: a.content_type,
          contentDisposition: a.disposition === "inline" ? "inline" : "attachment",
        })),
      },
      template,
    )
    this.logger.info(`mail: "${mail.subject}" to ${notification.to}${delivered.file ? ` (${delivered.file})` : ""}`)
    return { id: delivered.message_id }
  }
}
