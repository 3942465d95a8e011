import { readFile } from "node:fs/promises"
import { cacheFile, imageHeaders, imageRequest, type ImageRequest } from "./images.server"

/** Resized images kept in memory for the server's hits, at most this many bytes (least recently used go first). */
export const HOT_IMAGE_BYTES = 32 * 1024 * 1024

export type ImageHit = { body: Buffer; headers: Record<string, string> }

/** A byte-bounded LRU: a Map keeps insertion order, so a hit moves its entry to the end. */
export class HotImages {
  private readonly entries = new Map<string, ImageHit>()
  private bytes = 0

  constructor(private readonly limit = HOT_IMAGE_BYTES) {}

  get(key: string): ImageHit | undefined {
    const hit = this.entries.get(key)
    if (hit) {
      this.entries.delete(key)
      this.entries.set(key, hit)
    }
    return hit
  }

  set(key: string, hit: ImageHit) {
    if (hit.body.length > this.limit || this.entries.has(key)) return
    this.entries.set(key, hit)
    this.bytes += hit.body.length
    for (const [oldest, entry] of this.entries) {
      if (this.bytes <= this.limit) break
      this.entries.delete(oldest)
      this.bytes -= entry.body.length
    }
  }

  get size() {
    return { entries: this.entries.size, bytes: this.bytes }
  }
}

const hot = new HotImages()

function validRequest(params: URLSearchParams): ImageRequest | null {
  try {
    return imageRequest(params)
  } catch {
    return null
  }
}

/**
 * A valid request's resized image when it is already made: from memory, or read once from the
 * on-disk cache into memory. Null for a miss or a bad query: the route makes the image or answers
 * the error. Resized files never change under their key (source, width, format), so memory
 * needs no invalidation.
 */
export async function cachedImage(params: URLSearchParams, memory = hot): Promise<ImageHit | null> {
  const request = validRequest(params)
  if (!request) return null
  const { key, file } = cacheFile(request)
  const kept = memory.get(key)
  if (kept) return kept
  let body: Buffer
  try {
    body = await readFile(file)
  } catch {
    return null
  }
  const hit = { body, headers: { ...imageHeaders(request.format), "Content-Length": String(body.length) } }
  memory.set(key, hit)
  return hit
}
