import { createReadStream } from "node:fs"
import { open } from "node:fs/promises"
import { pipeline } from "node:stream/promises"
import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { sniffMimeType } from "./file-type"
import { displayName } from "./uploads"

export type StoredFile = { file_key: string; filename: string; mime_type: string; size: number }
/** A file multer left on disk (only what storing it needs, so it can be a workflow input). */
export type UploadedFile = Pick<Express.Multer.File, "path" | "originalname" | "size">

async function firstBytes(file: string, count = 64): Promise<Buffer> {
  const handle = await open(file, "r")
  try {
    const buffer = Buffer.alloc(count)
    const { bytesRead } = await handle.read(buffer, 0, count, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * Streams uploaded files (multer disk storage) into the File module as private files, never
 * holding one whole in memory; the type comes from the content. If one upload fails, the ones
 * already stored are deleted again.
 */
export async function storePrivateFiles(container: MedusaContainer, uploads: UploadedFile[]): Promise<StoredFile[]> {
  const files = container.resolve(Modules.FILE)
  const stored: StoredFile[] = []
  try {
    for (const upload of uploads) {
      const filename = displayName(upload.originalname)
      const mime_type = sniffMimeType(await firstBytes(upload.path))
      const { writeStream, promise, fileKey } = await files.getUploadStream({ filename, mimeType: mime_type, access: "private" })
      await Promise.all([pipeline(createReadStream(upload.path), writeStream), promise])
      stored.push({ file_key: fileKey, filename, mime_type, size: upload.size })
    }
    return stored
  } catch (error) {
    await deletePrivateFiles(container, stored)
    throw error
  }
}

export async function deletePrivateFiles(container: MedusaContainer, stored: StoredFile[]) {
  if (stored.length)
    await container
      .resolve(Modules.FILE)
      .deleteFiles(stored.map((file) => file.file_key))
      .catch(() => {})
}
