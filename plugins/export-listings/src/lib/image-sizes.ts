import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import sharp from "sharp"
import { EXPORT_LISTING_MODULE } from "../modules/export-listing"
import type ExportListingModuleService from "../modules/export-listing/service"
import { pluginOptions } from "./options"

export type ImageSizeInfo = { url: string; width: number | null; height: number | null }

/** An image's bytes: local files through the File module, others over HTTP (at most 20 MB, 10 s). */
async function imageBytes(container: MedusaContainer, url: string): Promise<Buffer> {
  const local = `${pluginOptions(container).backend_url}/static/`
  if (url.startsWith(local)) return container.resolve(Modules.FILE).getAsBuffer(decodeURI(url.slice(local.length)))
  const response = await fetch(url, { signal: AbortSignal.timeout(10_000) })
  if (!response.ok) throw new Error(`${response.status}`)
  const bytes = Buffer.from(await response.arrayBuffer())
  if (bytes.length > 20 * 1024 * 1024) throw new Error("too large")
  return bytes
}

/**
 * Pixel sizes of images (read with sharp's metadata, from the header only), measured once and kept.
 * An image that cannot be read has unknown size (null) and is tried again next time.
 */
export async function imageSizes(container: MedusaContainer, urls: string[]): Promise<Map<string, ImageSizeInfo>> {
  const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
  const unique = [...new Set(urls)]
  const known = unique.length ? await service.listImageSizes({ url: unique }, { take: unique.length }) : []
  const result = new Map<string, ImageSizeInfo>(known.map((row) => [row.url, { url: row.url, width: row.width, height: row.height }]))
  const measured: { url: string; width: number; height: number }[] = []
  for (const url of unique.filter((u) => !result.has(u))) {
    try {
      const { width, height } = await sharp(await imageBytes(container, url)).metadata()
      if (width && height) measured.push({ url, width, height })
      result.set(url, { url, width: width ?? null, height: height ?? null })
    } catch {
      result.set(url, { url, width: null, height: null })
    }
  }
  if (measured.length) await service.createImageSizes(measured)
  return result
}
