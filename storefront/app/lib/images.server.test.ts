import { mkdirSync, rmSync, writeFileSync } from "node:fs"
import path from "node:path"
import { afterEach, describe, expect, it } from "vitest"
import { cacheFile, cachedImageFile, imageRequest } from "./images.server"

const query = (src: string, w = "800", f = "webp") => new URLSearchParams({ src, w, f })
const written: string[] = []
afterEach(() => written.splice(0).forEach((file) => rmSync(file, { force: true })))

describe("cached images the server sends before the router", () => {
  it("finds a resized image that is on disk, with the headers the route would send", () => {
    const params = query("http://backend.test/static/rug.jpg")
    const { file } = cacheFile(imageRequest(params))
    mkdirSync(path.dirname(file), { recursive: true })
    writeFileSync(file, "webp bytes")
    written.push(file)
    const hit = cachedImageFile(params)
    expect(hit?.file).toBe(path.resolve(file))
    expect(hit?.headers).toMatchObject({ "Content-Type": "image/webp", "Cache-Control": "public, max-age=31536000, immutable" })
  })

  it("leaves misses and every bad query to the route", () => {
    expect(cachedImageFile(query("http://backend.test/static/never-resized.jpg"))).toBeNull()
    expect(cachedImageFile(query("http://elsewhere.test/static/rug.jpg"))).toBeNull()
    expect(cachedImageFile(query("http://backend.test/static/rug.jpg", "801"))).toBeNull()
    expect(cachedImageFile(query("http://backend.test/static/rug.jpg", "800", "gif"))).toBeNull()
    expect(cachedImageFile(new URLSearchParams())).toBeNull()
  })
})
