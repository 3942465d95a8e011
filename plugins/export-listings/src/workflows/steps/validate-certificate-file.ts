import { open } from "node:fs/promises"
import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { sniffMimeType } from "@creative-market/creator-shops/utils/file-type"

/** What a scanned or photographed certificate may be: the type is read from the content, never the name. */
export const CERTIFICATE_TYPES = ["application/pdf", "image/jpeg", "image/png"]

async function firstBytes(file: string): Promise<Buffer> {
  const handle = await open(file, "r")
  try {
    const buffer = Buffer.alloc(64)
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/** A certificate upload must be a PDF, JPEG or PNG by its first bytes (a renamed .exe is refused). */
export const validateCertificateFileStep = createStep("validate-certificate-file", async (input: { path: string }) => {
  const type = sniffMimeType(await firstBytes(input.path))
  if (!CERTIFICATE_TYPES.includes(type))
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "file: the certificate must be a PDF, JPEG or PNG document (its content is not one of these, whatever its name says).",
    )
})
