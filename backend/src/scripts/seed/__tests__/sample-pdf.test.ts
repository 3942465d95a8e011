import { describe, expect, it } from "vitest"
import { samplePdf } from "../files/sample-pdf"

describe("samplePdf", () => {
  const pdf = samplePdf("Kəlağayı (silk) \\ patterns", ["Şəki — ipək", "«Çələbi» ✓"]).toString("latin1")

  it("writes a cross-reference table whose offsets point at the objects", () => {
    const xref = Number(/startxref\n(\d+)/.exec(pdf)![1])
    expect(pdf.slice(xref, xref + 4)).toBe("xref")
    const offsets = [...pdf.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((match) => Number(match[1]))
    expect(offsets).toHaveLength(5)
    offsets.forEach((offset, i) => expect(pdf.slice(offset, offset + 8)).toBe(`${i + 1} 0 obj\n`))
  })

  it("keeps the text ASCII and escapes PDF's string delimiters", () => {
    expect(pdf).toContain("(Kelagayi \\(silk\\) \\\\ patterns) Tj")
    expect(pdf).toContain("(Seki - ipek) Tj")
    expect(pdf).toContain('("Celebi" ?) Tj')
    expect(/[^\x00-\x7f]/.test(pdf)).toBe(false)
  })

  it("gives the content stream its exact length", () => {
    const length = Number(/\/Length (\d+) >>\nstream\n/.exec(pdf)![1])
    const start = pdf.indexOf("stream\n") + "stream\n".length
    expect(pdf.slice(start + length, start + length + 10)).toBe("\nendstream")
  })
})
