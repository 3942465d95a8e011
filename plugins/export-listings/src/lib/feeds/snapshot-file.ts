import { createHash } from "node:crypto"
import { createReadStream, createWriteStream } from "node:fs"
import { mkdir, readdir, rename, rm } from "node:fs/promises"
import path from "node:path"
import { once } from "node:events"
import { pipeline } from "node:stream/promises"
import { createGzip } from "node:zlib"

export type SnapshotFile = { file: string; gz_file: string; etag: string; bytes: number }

const FLUSH_AT = 64 * 1024

/**
 * Streams a snapshot to `<dir>/<name>` and a gzip copy beside it: both are written under temporary
 * names and renamed into place only when complete, so a reader (or a crash) never sees half a file.
 * Memory stays at one buffer whatever the catalogue's size. The ETag is the content's SHA-256.
 */
export async function writeSnapshot(dir: string, name: string, chunks: AsyncIterable<string>): Promise<SnapshotFile> {
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, name)
  const tmp = path.join(dir, `.${name}.tmp`)
  const hash = createHash("sha256")
  const out = createWriteStream(tmp)
  let bytes = 0
  let pending: string[] = []
  let pendingLength = 0
  const flush = async () => {
    if (!pending.length) return
    const buffer = Buffer.from(pending.join(""), "utf8")
    pending = []
    pendingLength = 0
    hash.update(buffer)
    bytes += buffer.length
    if (!out.write(buffer)) await once(out, "drain")
  }
  try {
    for await (const chunk of chunks) {
      pending.push(chunk)
      pendingLength += chunk.length
      if (pendingLength >= FLUSH_AT) await flush()
    }
    await flush()
    out.end()
    await once(out, "finish")
  } catch (error) {
    out.destroy()
    await rm(tmp, { force: true })
    throw error
  }
  const gzTmp = path.join(dir, `.${name}.gz.tmp`)
  await pipeline(createReadStream(tmp), createGzip({ level: 6 }), createWriteStream(gzTmp))
  await rename(gzTmp, `${file}.gz`)
  await rename(tmp, file)
  return { file, gz_file: `${file}.gz`, etag: `"${hash.digest("base64url")}"`, bytes }
}

/** Removes what an interrupted build left behind (temporary files only). */
export async function sweepTemporaryFiles(dir: string) {
  const entries = await readdir(dir).catch(() => [] as string[])
  await Promise.all(entries.filter((e) => e.startsWith(".") && e.endsWith(".tmp")).map((e) => rm(path.join(dir, e), { force: true })))
}
