/** Magic numbers of the files creators sell; anything else is stored as octet-stream. */
const SIGNATURES: { mime: string; offset?: number; bytes: number[] }[] = [
  { mime: "application/pdf", bytes: [0x25, 0x50, 0x44, 0x46] },
  { mime: "application/zip", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { mime: "audio/flac", bytes: [0x66, 0x4c, 0x61, 0x43] },
  { mime: "audio/ogg", bytes: [0x4f, 0x67, 0x67, 0x53] },
  { mime: "audio/mpeg", bytes: [0x49, 0x44, 0x33] },
  { mime: "audio/wav", offset: 8, bytes: [0x57, 0x41, 0x56, 0x45] },
  { mime: "font/woff2", bytes: [0x77, 0x4f, 0x46, 0x32] },
  { mime: "font/woff", bytes: [0x77, 0x4f, 0x46, 0x46] },
  { mime: "font/otf", bytes: [0x4f, 0x54, 0x54, 0x4f] },
  { mime: "font/ttf", bytes: [0x00, 0x01, 0x00, 0x00] },
  { mime: "image/png", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { mime: "image/jpeg", bytes: [0xff, 0xd8, 0xff] },
  { mime: "video/mp4", offset: 4, bytes: [0x66, 0x74, 0x79, 0x70] },
]

export function sniffMimeType(content: Buffer): string {
  const match = SIGNATURES.find(({ offset = 0, bytes }) => bytes.every((byte, i) => content[offset + i] === byte))
  if (match?.mime === "application/zip" && content.subarray(30, 58).toString("latin1") === "mimetypeapplication/epub+zip")
    return "application/epub+zip"
  return match?.mime ?? "application/octet-stream"
}
