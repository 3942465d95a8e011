import { MedusaError } from "@medusajs/framework/utils"
import sharp from "sharp"

const ACCEPTED = new Set(["jpeg", "png", "webp", "gif", "tiff"])

export type CleanImage = { buffer: Buffer; mimeType: "image/webp"; width: number; height: number }

/**
 * Product images are decoded, checked and re-encoded: the type comes from the bytes (never the
 * file name or the browser's claim), decompression bombs stop at `maxPixels`, and the output is
 * a fresh WebP without EXIF/GPS or other metadata.
 */
export async function cleanImage(input: Buffer, { maxPixels }: { maxPixels: number }): Promise<CleanImage> {
  let format: string | undefined
  try {
    const meta = await sharp(input, { limitInputPixels: maxPixels }).metadata()
    // sharp reports AVIF as "heif"; other HEIF (HEVC) needs a codec we do not ship
    format = meta.format === "heif" && meta.compression === "av1" ? "avif" : meta.format
  } catch (error) {
    const tooBig = /pixel limit/i.test(String((error as Error).message))
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      tooBig
        ? `The image is larger than ${maxPixels.toLocaleString("en")} pixels: resize it first.`
        : "The file is not an image we can read: upload a JPEG, PNG, WebP or AVIF.",
    )
  }
  if (!format || !(ACCEPTED.has(format) || format === "avif")) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${format ? format.toUpperCase() : "This"} images are not accepted: upload a JPEG, PNG, WebP or AVIF.`,
    )
  }
  try {
    const { data, info } = await sharp(input, { limitInputPixels: maxPixels, failOn: "error" })
      .rotate() // apply the EXIF orientation before the metadata is dropped
      .resize({ width: 2400, height: 2400, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 85 })
      .toBuffer({ resolveWithObject: true })
    return { buffer: data, mimeType: "image/webp", width: info.width, height: info.height }
  } catch {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "The image is damaged or incomplete: export it again and upload the new file.")
  }
}
