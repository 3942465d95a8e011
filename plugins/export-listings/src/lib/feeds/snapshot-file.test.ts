import { spawn } from "node:child_process"
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import { gunzipSync } from "node:zlib"
import { describe, expect, it } from "vitest"
import { sweepTemporaryFiles, writeSnapshot } from "./snapshot-file"

async function* lines(count: number) {
  for (let i = 0; i < count; i++) yield `<item>${i}</item>\n`
}

describe("snapshot files", () => {
  it("writes the file and its gzip copy, with a strong ETag of the content", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "feed-"))
    const result = await writeSnapshot(dir, "a.xml", lines(20_000))
    const content = readFileSync(result.file)
    expect(content.toString().split("\n")).toHaveLength(20_001)
    expect(gunzipSync(readFileSync(result.gz_file))).toEqual(content)
    expect(result.bytes).toBe(content.length)
    expect(result.etag).toMatch(/^"[A-Za-z0-9_-]{43}"$/)
    expect((await writeSnapshot(dir, "b.xml", lines(20_000))).etag).toBe(result.etag)
    expect(readdirSync(dir).sort()).toEqual(["a.xml", "a.xml.gz", "b.xml", "b.xml.gz"])
  }, 30_000)

  it("keeps text of any size and script byte for byte (chunks larger than the write buffer included)", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "feed-"))
    const parts = ["<title>Qarabağ xalçası “Çələbi”</title>\n", "🧶".repeat(150_000), "<d>Ковёр ручной работы</d>\n".repeat(5_000), "end\n"]
    async function* chunks() {
      yield* parts
    }
    const result = await writeSnapshot(dir, "u.xml", chunks())
    const expected = Buffer.from(parts.join(""), "utf8")
    expect(readFileSync(result.file)).toEqual(expected)
    expect(gunzipSync(readFileSync(result.gz_file))).toEqual(expected)
    expect(result.bytes).toBe(expected.length)
  }, 30_000)

  it("a build that fails half-way leaves no file and no temporary behind", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "feed-"))
    async function* broken() {
      yield "<item>1</item>\n".repeat(10_000)
      throw new Error("database went away")
    }
    await expect(writeSnapshot(dir, "c.xml", broken())).rejects.toThrow("database went away")
    expect(readdirSync(dir)).toEqual([])
  }, 30_000)

  it("killing the process in the middle of a write leaves the published file intact, and the next write succeeds", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "feed-"))
    const published = await writeSnapshot(dir, "published.xml", lines(100))
    const before = readFileSync(published.file)
    // a child process writes an endless snapshot under the name of the next one; we SIGKILL it mid-stream
    const script = `
      const { writeSnapshot } = require(${JSON.stringify(path.join(__dirname, "snapshot-file.ts"))});
      async function* endless() { for (let i = 0; ; i++) { yield "<item>" + i + "</item>\\n"; if (i % 1000 === 0) await new Promise((r) => setImmediate(r)) } }
      writeSnapshot(${JSON.stringify(dir)}, "next.xml", endless())`
    const child = spawn(process.execPath, ["--require", require.resolve("ts-node/register/transpile-only"), "-e", script], {
      stdio: "ignore",
    })
    const tmp = path.join(dir, ".next.xml.tmp")
    while (!existsSync(tmp) || readFileSync(tmp).length < 1_000_000) await new Promise((r) => setTimeout(r, 20))
    child.kill("SIGKILL")
    await new Promise((r) => child.once("exit", r))
    expect(existsSync(path.join(dir, "next.xml"))).toBe(false)
    expect(readFileSync(published.file)).toEqual(before)
    await sweepTemporaryFiles(dir)
    expect(readdirSync(dir).sort()).toEqual(["published.xml", "published.xml.gz"])
    const next = await writeSnapshot(dir, "next.xml", lines(10))
    expect(readFileSync(next.file, "utf8")).toContain("<item>9</item>")
  }, 60_000)
})
