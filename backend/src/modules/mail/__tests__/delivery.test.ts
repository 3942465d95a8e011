import { mkdtemp, readdir, readFile, rm } from "node:fs/promises"
import type { AddressInfo } from "node:net"
import { tmpdir } from "node:os"
import path from "node:path"
import { afterEach, beforeEach, describe, expect, it } from "vitest"
import { simpleParser } from "mailparser"
import { SMTPServer } from "smtp-server"
import MailNotificationService from "../service"

const logger = { info: () => {}, warn: () => {} } as any
const ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:bkg_1@creative-market.az\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"

const notification = (to: string) =>
  ({
    to,
    channel: "email",
    template: "order-shipped",
    data: {
      locale: "ru",
      display_id: 12,
      shop_name: 'Guba <script>alert("x")</script> Carpets',
      carrier: "Azərpoçt",
      tracking_number: "AZ123",
      tracking_url: "javascript:alert(1)",
      items: [{ title: "Xalça", variant: "1×1.5 m", quantity: 2 }],
    },
    attachments: [{ filename: "booking.ics", content: ics, content_type: "text/calendar; charset=utf-8" }],
  }) as any

/** A real SMTP server on a free port that requires the URL's user and password and keeps what it receives. */
async function smtpServer() {
  const received: { from: string; to: string[]; raw: Buffer }[] = []
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === "mailer" && auth.password === "p@ss word") return callback(null, { user: auth.username })
      return callback(new Error("Invalid username or password"))
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on("data", (chunk: Buffer) => chunks.push(chunk))
      stream.on("end", () => {
        received.push({
          from: (session.envelope.mailFrom as any).address,
          to: session.envelope.rcptTo.map((r) => r.address),
          raw: Buffer.concat(chunks),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const port = (server.server.address() as AddressInfo).port
  return { received, port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) }
}

describe("the mail provider", () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), "cm-mail-"))
  })
  afterEach(() => rm(dir, { recursive: true, force: true }))

  it("writes an RFC 5322 .eml: text and HTML in UTF-8 in the reader's language, the .ics attached, nothing injected", async () => {
    const provider = new MailNotificationService({ logger }, { dir, from: "Creative Market <no-reply@creative-market.az>" })
    const { id } = await provider.send(notification("buyer@example.az"))
    const files = await readdir(dir)
    expect(files).toHaveLength(1)
    expect(files[0]).toMatch(/^\d{4}-\d{2}-\d{2}T[\d-]+Z-order-shipped-[0-9a-f]{8}\.eml$/)
    const raw = await readFile(path.join(dir, files[0]))
    expect(raw.toString("latin1")).toMatch(/\r\nMIME-Version: 1\.0\r\n/)
    const mail = await simpleParser(raw)
    expect(mail.messageId).toBe(id)
    expect(mail.subject).toBe("Ваш заказ отправлен · Заказ #12")
    expect(mail.to).toMatchObject({ text: "buyer@example.az" })
    expect(mail.headers.get("content-language")).toBe("ru")
    expect(mail.text).toContain("Перевозчик: Azərpoçt")
    expect(mail.text).toContain("Трек-номер: AZ123")
    expect(mail.text).toContain("- Xalça (1×1.5 m) × 2")
    expect(mail.html).toContain("Guba &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Carpets")
    expect(mail.html).not.toContain("<script>")
    expect(mail.html).not.toContain("javascript:")
    expect(mail.attachments.map((a) => [a.filename, a.contentType, a.content.toString()])).toEqual([["booking.ics", "text/calendar", ics]])
  })

  it("sends the same message through SMTP with the URL's credentials: real bytes over a socket", async () => {
    const server = await smtpServer()
    try {
      const provider = new MailNotificationService(
        { logger },
        {
          smtp_url: `smtp://mailer:${encodeURIComponent("p@ss word")}@127.0.0.1:${server.port}`,
          from: "Creative Market <shop@creative-market.az>",
        },
      )
      await provider.send(notification("alıcı@example.az"))
      expect(server.received).toHaveLength(1)
      expect(server.received[0]).toMatchObject({ from: "shop@creative-market.az", to: ["alıcı@example.az"] })
      const mail = await simpleParser(server.received[0].raw)
      expect(mail.subject).toBe("Ваш заказ отправлен · Заказ #12")
      expect(mail.attachments[0].content.toString()).toBe(ics)
      expect(await readdir(dir)).toEqual([])
    } finally {
      await server.close()
    }
  })

  it("fails the notification when the SMTP server refuses the credentials", async () => {
    const server = await smtpServer()
    try {
      const provider = new MailNotificationService(
        { logger },
        { smtp_url: `smtp://mailer:wrong@127.0.0.1:${server.port}`, from: "x@example.az" },
      )
      await expect(provider.send(notification("buyer@example.az"))).rejects.toThrow(/Invalid username or password|auth/i)
      expect(server.received).toEqual([])
    } finally {
      await server.close()
    }
  })

  it("refuses to start with neither a directory nor an SMTP URL", () => {
    expect(() => MailNotificationService.validateOptions({ from: "x@example.az" })).toThrow(/dir.*smtp_url/)
  })
})
