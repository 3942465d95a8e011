import { randomBytes } from "node:crypto"
import { mkdir, writeFile } from "node:fs/promises"
import path from "node:path"
import nodemailer, { type Transporter } from "nodemailer"
import type Mail from "nodemailer/lib/mailer"

export type Delivered = { message_id: string; file?: string }

/** Builds the RFC 5322 bytes (multipart text + HTML, UTF-8, attachments) without sending them. */
const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "windows" })

/**
 * Where the marketplace's mail goes: into `dir` as one `.eml` file per message, through SMTP
 * (`smtp_url`), or both. The same composed message is what lands in the file and on the wire.
 */
export class MailTransport {
  private smtp?: Transporter

  constructor(private readonly options: { dir?: string; smtp_url?: string }) {
    if (!options.dir && !options.smtp_url) throw new Error("the mail provider needs `dir` or `smtp_url`")
    if (options.smtp_url) this.smtp = nodemailer.createTransport(options.smtp_url)
  }

  async deliver(message: Mail.Options, name: string): Promise<Delivered> {
    const built = await composer.sendMail(message)
    const raw = built.message as Buffer
    let file: string | undefined
    if (this.options.dir) {
      await mkdir(this.options.dir, { recursive: true })
      // sortable by time; the random part keeps two messages of one millisecond apart
      file = path.join(this.options.dir, `${new Date().toISOString().replace(/[:.]/g, "-")}-${name}-${randomBytes(4).toString("hex")}.eml`)
      await writeFile(file, raw)
    }
    // the envelope comes from the message; the raw bytes are what the file holds
    if (this.smtp) await this.smtp.sendMail({ envelope: built.envelope, raw })
    return { message_id: built.messageId, file }
  }

  close() {
    this.smtp?.close()
  }
}
