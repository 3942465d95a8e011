import sharp from "sharp"
import { describe, expect, it } from "vitest"
import { cleanImage } from "./images"

const photo = (width = 64, height = 48) =>
  sharp({ create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } } })
    .jpeg()
    .withMetadata({ exif: { IFD0: { Copyright: "secret-owner", Make: "PhoneCam" } } })
    .toBuffer()

describe("cleanImage", () => {
  it("re-encodes a photo as WebP without its EXIF metadata", async () => {
    const input = await photo()
    expect((await sharp(input).metadata()).exif).toBeDefined()
    const clean = await cleanImage(input, { maxPixels: 1_000_000 })
    const meta = await sharp(clean.buffer).metadata()
    expect(meta.format).toBe("webp")
    expect(meta.exif).toBeUndefined()
    expect(clean.buffer.includes(Buffer.from("secret-owner"))).toBe(false)
    expect([clean.width, clean.height]).toEqual([64, 48])
  })

  it("refuses images over the pixel limit", async () => {
    await expect(cleanImage(await photo(2000, 2000), { maxPixels: 1_000_000 })).rejects.toThrow(/larger than 1,000,000 pixels/)
  })

  it("refuses a truncated image with a 400, not a crash", async () => {
    // noise, so that the pixel data (not only the header) is large: a cut keeps a readable header
    const noise = Buffer.from(Array.from({ length: 200 * 200 * 3 }, (_, i) => (i * 7919) % 251))
    const input = await sharp(noise, { raw: { width: 200, height: 200, channels: 3 } })
      .jpeg()
      .toBuffer()
    await expect(cleanImage(input.subarray(0, Math.floor(input.length * 0.6)), { maxPixels: 1_000_000 })).rejects.toThrow(
      /damaged or incomplete/,
    )
  })

  it("judges the type by content, not by name", async () => {
    await expect(cleanImage(Buffer.from("%PDF-1.7 not an image"), { maxPixels: 1_000_000 })).rejects.toThrow(/not an image/)
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>')
    await expect(cleanImage(svg, { maxPixels: 1_000_000 })).rejects.toThrow(/SVG images are not accepted/)
  })
})
