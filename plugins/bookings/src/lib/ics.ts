/**
 * iCalendar (RFC 5545) text for bookings: CRLF line ends, lines folded at 75 octets (never inside
 * a UTF-8 character), TEXT values escaped, times in UTC. The UID stays the same through a
 * reschedule and SEQUENCE goes up, so calendar apps update the entry instead of adding one.
 */

export type IcsEvent = {
  uid: string
  sequence: number
  start: Date
  end: Date
  summary: string
  location?: string
  description?: string
  url?: string
  cancelled?: boolean
  /** when the booking last changed (DTSTAMP) */
  stamp: Date
}

const PRODID = "-//Creative Market//Bookings//EN"

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n")
}

/** Folds a content line into chunks of at most 75 octets, continuation lines starting with a space. */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ""
  let octets = 0
  for (const char of line) {
    const size = Buffer.byteLength(char, "utf8")
    const limit = parts.length ? 74 : 75 // continuation lines spend one octet on the leading space
    if (octets + size > limit) {
      parts.push(current)
      current = ""
      octets = 0
    }
    current += char
    octets += size
  }
  parts.push(current)
  return parts.join("\r\n ")
}

/** 20260330T060000Z */
export function icsTime(at: Date): string {
  return at
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "")
}

function event(e: IcsEvent): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${e.uid}`,
    `SEQUENCE:${e.sequence}`,
    `DTSTAMP:${icsTime(e.stamp)}`,
    `DTSTART:${icsTime(e.start)}`,
    `DTEND:${icsTime(e.end)}`,
    `SUMMARY:${escapeText(e.summary)}`,
    `STATUS:${e.cancelled ? "CANCELLED" : "CONFIRMED"}`,
  ]
  if (e.location) lines.push(`LOCATION:${escapeText(e.location)}`)
  if (e.description) lines.push(`DESCRIPTION:${escapeText(e.description)}`)
  if (e.url) lines.push(`URL:${e.url}`)
  lines.push("END:VEVENT")
  return lines
}

/** A calendar with these events; `method: "CANCEL"` for a cancelled single booking. */
export function calendar(events: IcsEvent[], options: { name?: string; method?: "PUBLISH" | "CANCEL" } = {}): string {
  const lines = ["BEGIN:VCALENDAR", "VERSION:2.0", `PRODID:${PRODID}`, "CALSCALE:GREGORIAN", `METHOD:${options.method ?? "PUBLISH"}`]
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`)
  for (const e of events) lines.push(...event(e))
  lines.push("END:VCALENDAR")
  return lines.map(foldLine).join("\r\n") + "\r\n"
}
