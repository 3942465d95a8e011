import { createHash } from "node:crypto"
import { mkdir, readFile, rename, writeFile } from "node:fs/promises"
import path from "node:path"
import sharp from "sharp"
import { env } from "~/env.server"

import { IMAGE_FORMATS, IMAGE_WIDTHS, type ImageFormat } from "./image-url"

export { IMAGE_FORMATS, IMAGE_WIDTHS, type ImageFormat }

const MAX_SOURCE_BYTES = 15 * 1024 * 1024
/** decompression bombs: a small file that decodes to a huge bitmap is refused before decoding */
const MAX_SOURCE_PIXELS = 40_000_000

export class ImageError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message)
  }
}

/** Only images the backend serves: the same origin as MEDUSA_BACKEND_URL, http(s), no credentials. */
export function backendImageUrl(src: string | null): URL {
  if (!src) throw new ImageError(400, "src is required")
  let url: URL
  try {
    url = new URL(src, env.MEDUSA_BACKEND_URL)
  } catch {
    throw new ImageError(400, "src is not a URL")
  }
  if (url.origin !== new URL(env.MEDUSA_BACKEND_URL).origin || url.username || url.password) {
    throw new ImageError(403, "only the backend's images are served")
  }
  return url
}

async function fetchSource(url: URL): Promise<Buffer> {
  let response: Response
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(10_000), redirect: "error" })
  } catch {
    throw new ImageError(502, "the image could not be fetched")
  }
  if (!response.ok) throw new ImageError(response.status === 404 ? 404 : 502, "the image could not be fetched")
  if (!(response.headers.get("content-type") ?? "").startsWith("image/")) throw new ImageError(415, "the source is not an image")
  if (Number(response.headers.get("content-length") ?? 0) > MAX_SOURCE_BYTES) throw new ImageError(413, "the source image is too large")
  const chunks: Uint8Array[] = []
  let size = 0
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength
    if (size > MAX_SOURCE_BYTES) throw new ImageError(413, "the source image is too large")
    chunks.push(chunk)
  }
  return Buffer.concat(chunks)
}

export async function transform(source: Buffer, width: number, format: ImageFormat): Promise<Buffer> {
  let metadata: sharp.Metadata
  try {
    metadata = await sharp(source, { limitInputPixels: MAX_SOURCE_PIXELS }).metadata()
  } catch {
    throw new ImageError(415, "the source is not a readable image")
  }
  if ((metadata.width ?? 0) * (metadata.height ?? 0) > MAX_SOURCE_PIXELS) throw new ImageError(413, "the source image has too many pixels")
  const pipeline = sharp(source, { limitInputPixels: MAX_SOURCE_PIXELS }).rotate().resize({ width, withoutEnlargement: true })
  return format === "avif" ? pipeline.avif({ quality: 50, effort: 2 }).toBuffer() : pipeline.webp({ quality: 75 }).toBuffer()
}

export type ImageRequest = { src: URL; width: number; format: ImageFormat }

/** The route's query (`src`, `w`, `f`), checked: only the backend's images, at the widths and formats offered. */
export function imageRequest(params: URLSearchParams): ImageRequest {
  const src = backendImageUrl(params.get("src"))
  const width = Number(params.get("w"))
  const format = (params.get("f") ?? "webp") as ImageFormat
  if (!(IMAGE_WIDTHS as readonly number[]).includes(width)) throw new ImageError(400, `w must be one of ${IMAGE_WIDTHS.join(", ")}`)
  if (!IMAGE_FORMATS.includes(format)) throw new ImageError(400, "f must be webp or avif")
  return { src, width, format }
}

export function imageHeaders(format: ImageFormat): Record<string, string> {
  return { "Content-Type": `image/${format}`, "Cache-Control": "public, max-age=31536000, immutable", "X-Content-Type-Options": "nosniff" }
}

/** Where a resized image is cached: one file per (source, width, format). */
export function cacheFile({ src, width, format }: ImageRequest) {
  const key = createHash("sha256").update(`${src.href}|${width}|${format}`).digest("hex")
  return { key, file: path.join(env.IMAGE_CACHE_DIR, key.slice(0, 2), `${key}.${format}`) }
}

const inFlight = new Map<string, Promise<Buffer>>()

/** A resized image from the on-disk cache, made once per (source, width, format). */
export async function resizedImage(request: ImageRequest): Promise<Buffer> {
  const { key, file } = cacheFile(request)
  try {
    return await readFile(file)
  } catch {}
  const running = inFlight.get(key)
  if (running) return running
  const work = (async () => {
    const output = await transform(await fetchSource(request.src), request.width, request.format)
    await mkdir(path.dirname(file), { recursive: true })
    const temporary = `${file}.${process.pid}.tmp`
    await writeFile(temporary, output)
    await rename(temporary, file)
    return output
  })().finally(() => inFlight.delete(key))
  inFlight.set(key, work)
  return work
}
