import { mkdirSync } from "node:fs"
import { rm } from "node:fs/promises"
import os from "node:os"
import path from "node:path"
import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

type Limits = { maxFiles: number; maxBytes: number; storage: "memory" | "disk" }

/** Where large uploads wait, on disk, until they are streamed to the File module. */
export const UPLOAD_TMP_DIR = path.join(os.tmpdir(), "creative-market-uploads")

function reasonOf(error: unknown, field: string, limits: Limits): string {
  if (error instanceof multer.MulterError) {
    if (error.code === "LIMIT_FILE_SIZE") return `a file is larger than ${Math.round(limits.maxBytes / 1024 / 1024)} MB`
    if (error.code === "LIMIT_UNEXPECTED_FILE" && error.field !== field) return `files go in the "${field}" field, not "${error.field}"`
    if (error.code === "LIMIT_FILE_COUNT" || error.code === "LIMIT_UNEXPECTED_FILE")
      return `send at most ${limits.maxFiles} files in the "${field}" field`
    return error.message
  }
  // busboy's own errors: no boundary, a truncated body…
  return `the request is not valid multipart/form-data (${(error as Error).message})`
}

/**
 * multipart/form-data with up to `maxFiles` files of at most `maxBytes` each: in memory for
 * images (they are decoded anyway), on disk for digital files (streamed on, never held whole).
 * Every multer or busboy error becomes a 400 that says what to change.
 */
export function acceptFiles(field: string, limits: Limits) {
  if (limits.storage === "disk") mkdirSync(UPLOAD_TMP_DIR, { recursive: true })
  const storage = limits.storage === "disk" ? multer.diskStorage({ destination: UPLOAD_TMP_DIR }) : multer.memoryStorage()
  // utf8: multer would otherwise read "Muğam.zip" as latin1
  const upload = multer({
    storage,
    defParamCharset: "utf8",
    limits: { files: limits.maxFiles, fileSize: limits.maxBytes, fields: 10 },
  }).array(field, limits.maxFiles)
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    upload(req as any, res as any, async (error: unknown) => {
      if (error) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Upload refused: ${reasonOf(error, field, limits)}.`))
      const files = filesOf(req)
      const empty = files.filter((file) => file.size === 0)
      if (!empty.length) return next()
      await removeTemporaryUploads(files)
      next(
        new MedusaError(
          MedusaError.Types.INVALID_DATA,
          `Upload refused: ${empty.map((file) => displayName(file.originalname)).join(", ")} is empty (0 bytes).`,
        ),
      )
    })
  }
}

const filesOf = (req: MedusaRequest) => (req as unknown as { files?: Express.Multer.File[] }).files ?? []

export function uploadedFiles(req: MedusaRequest): Express.Multer.File[] {
  const files = filesOf(req)
  if (!files.length)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, 'No file received: send multipart/form-data with the files in the "files" field.')
  return files
}

/** A safe display name: no path, no control characters. */
export function displayName(name: string, fallback = "file"): string {
  return (
    path
      .basename(name)
      .replace(/[\u0000-\u001f\\/]/g, "_")
      .slice(0, 200) || fallback
  )
}

/** Multer's temporary files (disk storage), removed whatever happened to the request. */
export async function removeTemporaryUploads(uploads: Express.Multer.File[]) {
  await Promise.all(uploads.filter((upload) => upload.path).map((upload) => rm(upload.path, { force: true })))
}
