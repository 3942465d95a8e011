import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { cachedImage, HotImages } from "./image-hits.server"
import { cacheFile, imageRequest } from "./images.server"

const query = (src: string, w = "800", f = "webp") => new URLSearchParams({ src, w, f })
const written: string[] = []
afterEach(() => written.splice(0).forEach((file) => rmSync(file, { force: true })))

function resized(params: URLSearchParams, bytes: string) {
  const { file } = cacheFile(imageRequest(params))
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, bytes)
  written.push(file)
  return file
}

const hit = (bytes: number) => ({ body: Buffer.alloc(bytes), headers: {} })

describe("cached images the server sends before the router", () => {
  it("finds a resized image that is on disk, with the headers the route would send, and keeps it in memory", async () => {
    const params = query("http://backend.test/static/rug.jpg")
    const file = resized(params, "webp bytes")
    const memory = new HotImages()
    const first = await cachedImage(params, memory)
    expect(first?.body.toString()).toBe("webp bytes")
    expect(first?.headers).toMatchObject({
      "Content-Type": "image/webp",
      "Cache-Control": "public, max-age=31536000, immutable",
      "Content-Length": "10",
    })
    rmSync(file)
    expect((await cachedImage(params, memory))?.body.toString()).toBe("webp bytes")
    expect(memory.size).toEqual({ entries: 1, bytes: 10 })
  })

  it("leaves misses and every bad query to the route, and remembers none of them", async () => {
    const memory = new HotImages()
    expect(await cachedImage(query("http://backend.test/static/never-resized.jpg"), memory)).toBeNull()
    expect(await cachedImage(query("http://elsewhere.test/static/rug.jpg"), memory)).toBeNull()
    expect(await cachedImage(query("http://backend.test/static/rug.jpg", "801"), memory)).toBeNull()
    expect(await cachedImage(query("http://backend.test/static/rug.jpg", "800", "gif"), memory)).toBeNull()
    expect(await cachedImage(new URLSearchParams(), memory)).toBeNull()
    expect(memory.size).toEqual({ entries: 0, bytes: 0 })
  })

  it("keeps at most its byte limit, dropping the least recently used first", () => {
    const memory = new HotImages(100)
    memory.set("a", hit(40))
    memory.set("b", hit(40))
    memory.get("a")
    memory.set("c", hit(40))
    expect(memory.get("b")).toBeUndefined()
    expect(memory.get("a")).toBeDefined()
    expect(memory.get("c")).toBeDefined()
    expect(memory.size).toEqual({ entries: 2, bytes: 80 })
    memory.set("huge", hit(101))
    expect(memory.get("huge")).toBeUndefined()
  })
})
