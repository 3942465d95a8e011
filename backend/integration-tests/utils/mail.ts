import { mkdtempSync } from "node:fs"
import { readdir, readFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import path from "node:path"
import { type ParsedMail, simpleParser } from "mailparser"

export type ReadMail = ParsedMail & { file: string; recipient: string; template: string }

/** Every .eml the mail provider wrote into `dir`, parsed back as a mail client would read it. */
export async function readMails(dir: string): Promise<ReadMail[]> {
  const files = (await readdir(dir).catch(() => [])).filter((file) => file.endsWith(".eml")).sort()
  return Promise.all(
    files.map(async (file) => {
      const mail = await simpleParser(await readFile(path.join(dir, file)))
      const to = Array.isArray(mail.to) ? mail.to[0] : mail.to
      // files are named <time>-<template>-<random>.eml
      const template = file.replace(/^\d{4}-\d{2}-\d{2}T[\d-]+Z-/, "").replace(/-[0-9a-f]{8}\.eml$/, "")
      return Object.assign(mail, { file, recipient: to?.value[0]?.address ?? "", template })
    }),
  )
}

/**
 * The mails of a template to a recipient once `count` have arrived (subscribers run after the
 * request answered). Polls a bounded number of times; fails with what did arrive.
 */
export async function mailsTo(dir: string, recipient: string, template: string, count = 1): Promise<ReadMail[]> {
  let found: ReadMail[] = []
  for (let attempt = 0; attempt < 100; attempt++) {
    found = (await readMails(dir)).filter((mail) => mail.recipient === recipient && mail.template === template)
    if (found.length >= count) return found
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  const all = (await readMails(dir)).map((mail) => `${mail.template} → ${mail.recipient}`)
  throw new Error(`expected ${count} "${template}" mail(s) to ${recipient}, found ${found.length}; all: ${all.join(", ")}`)
}

/** A new folder for the e-mails of the app this test file boots (backend/src/env.ts reads MAIL_DIR at boot): call it before the app starts. */
export function ownMailDir(name: string): string {
  const dir = mkdtempSync(path.join(tmpdir(), `cm-${name}-spec-`))
  process.env.MAIL_DIR = dir
  return dir
}
