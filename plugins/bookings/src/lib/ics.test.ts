import { describe, expect, it } from "vitest"
import { calendar, escapeText, foldLine, icsTime } from "./ics"

const booking = {
  uid: "bkg_01@creative-market.az",
  sequence: 0,
  start: new Date("2026-03-30T06:00:00Z"),
  end: new Date("2026-03-30T08:00:00Z"),
  stamp: new Date("2026-03-01T12:00:00Z"),
  summary: "Recording session, Sound studio",
}

describe("ics", () => {
  it("writes a VCALENDAR with one VEVENT, CRLF line ends and UTC times", () => {
    const text = calendar([booking])
    expect(text.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:")).toBe(true)
    expect(text.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n")).toBe(true)
    expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/)
    expect(text).toContain("\r\nUID:bkg_01@creative-market.az\r\n")
    expect(text).toContain("\r\nDTSTART:20260330T060000Z\r\nDTEND:20260330T080000Z\r\n")
    expect(text).toContain("\r\nSEQUENCE:0\r\n")
    expect(text).toContain("\r\nSUMMARY:Recording session\\, Sound studio\r\n")
  })

  it("escapes backslashes, semicolons, commas and newlines in text", () => {
    expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf")
  })

  it("folds long lines at 75 octets without splitting a UTF-8 character", () => {
    const line = `DESCRIPTION:${"Şəki kəlağayı ipək ".repeat(10)}`
    const folded = foldLine(line)
    const parts = folded.split("\r\n")
    expect(parts.length).toBeGreaterThan(2)
    for (const part of parts) expect(Buffer.byteLength(part, "utf8")).toBeLessThanOrEqual(75)
    expect(parts.slice(1).every((p) => p.startsWith(" "))).toBe(true)
    expect(parts.map((p, i) => (i ? p.slice(1) : p)).join("")).toBe(line)
    expect(foldLine("SHORT:line")).toBe("SHORT:line")
  })

  it("keeps the UID through a reschedule and marks a cancellation", () => {
    const moved = calendar([{ ...booking, sequence: 1, start: new Date("2026-03-31T06:00:00Z"), end: new Date("2026-03-31T08:00:00Z") }])
    expect(moved).toContain("UID:bkg_01@creative-market.az")
    expect(moved).toContain("SEQUENCE:1")
    const cancelled = calendar([{ ...booking, sequence: 2, cancelled: true }], { method: "CANCEL" })
    expect(cancelled).toContain("METHOD:CANCEL")
    expect(cancelled).toContain("STATUS:CANCELLED")
  })

  it("formats instants as basic UTC date-times", () => {
    expect(icsTime(new Date("2026-10-25T01:30:00.000Z"))).toBe("20261025T013000Z")
  })
})
