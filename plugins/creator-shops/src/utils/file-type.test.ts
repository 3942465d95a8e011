import { describe, expect, it } from "vitest"
import { sniffMimeType } from "./file-type"

describe("sniffMimeType", () => {
  it("recognises what creators sell by its first bytes", () => {
    expect(sniffMimeType(Buffer.from("%PDF-1.7"))).toBe("application/pdf")
    expect(sniffMimeType(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toBe("application/zip")
    expect(sniffMimeType(Buffer.concat([Buffer.from("RIFF"), Buffer.alloc(4), Buffer.from("WAVE")]))).toBe("audio/wav")
    expect(sniffMimeType(Buffer.from("wOF2...."))).toBe("font/woff2")
  })

  it("falls back to octet-stream, whatever the file is called", () => {
    expect(sniffMimeType(Buffer.from("<html><script>"))).toBe("application/octet-stream")
  })
})
