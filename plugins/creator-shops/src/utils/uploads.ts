import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import multer from "multer"

/**
 * multipart/form-data with up to `maxFiles` files of at most `maxBytes` each, kept in memory
 * (Medusa's File module takes the content). Multer's own errors would surface as 500s; they
 * are turned into 400s that say what to change.
 */
export function acceptFiles(field: string, maxFiles: number, maxBytes: () => number) {
  return (req: MedusaRequest, res: MedusaResponse, next: MedusaNextFunction) => {
    const upload = multer({ storage: multer.memoryStorage(), limits: { files: maxFiles, fileSize: maxBytes(), fields: 10 } }).array(field, maxFiles)
    upload(req as any, res as any, (error: unknown) => {
      if (!error) return next()
      if (error instanceof multer.MulterError) {
        const reason =
          error.code === "LIMIT_FILE_SIZE"
            ? `a file is larger than ${Math.round(maxBytes() / 1024 / 1024)} MB`
            : error.code === "LIMIT_FILE_COUNT" || error.code === "LIMIT_UNEXPECTED_FILE"
              ? `send at most ${maxFiles} files in the "${field}" field`
              : error.message
        return next(new MedusaError(MedusaError.Types.INVALID_DATA, `Upload refused: ${reason}.`))
      }
      next(error)
    })
  }
}

export function uploadedFiles(req: MedusaRequest): Express.Multer.File[] {
  const files = (req as unknown as { files?: Express.Multer.File[] }).files ?? []
  if (!files.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, 'No file received: send multipart/form-data with the files in the "files" field.')
  return files
}
