// The built storefront in front of a local HTTP server standing in for the Medusa backend: for
// browser tests of storefront wiring the e2e stack cannot offer (Stripe, which a production
// backend will not point at a stub). The server records each call and answers what `answer` says.
// @ts-expect-error plain ESM without types
import { spawnStorefront, storefrontEnv, waitForStorefront } from "@creative-market/scripts/storefront"
import type { ChildProcess } from "node:child_process"
import { rmSync } from "node:fs"
import { createServer } from "node:http"
import type { AddressInfo } from "node:net"
import os from "node:os"
import path from "node:path"
import type { Browser } from "playwright-core"
import { afterAll, beforeAll } from "vitest"
import { launch } from "./browser"

export type StandInCall = { method: string; path: string; body: unknown }
/** The answer to one call (a 200 with this JSON, or `{ status, body }`), or undefined for a 404. */
export type StandInAnswer = (method: string, url: URL, body: unknown) => unknown

export async function startStandInStorefront(options: { port: number; answer: StandInAnswer; env?: Record<string, string> }) {
  const calls: StandInCall[] = []
  const backend = createServer(async (req, res) => {
    let raw = ""
    for await (const chunk of req) raw += chunk
    const url = new URL(req.url ?? "/", "http://stub")
    const body = raw ? JSON.parse(raw) : null
    calls.push({ method: req.method!, path: url.pathname, body })
    const answer = options.answer(req.method!, url, body) as { status?: number; body?: unknown } | undefined
    const [status, json] =
      answer && typeof answer.status === "number" ? [answer.status, answer.body] : answer ? [200, answer] : [404, undefined]
    res.writeHead(status, { "content-type": "application/json" })
    res.end(JSON.stringify(json ?? { type: "not_found", message: `stub has no ${req.method} ${url.pathname}` }))
  })
  await new Promise<void>((resolve) => backend.listen(0, "127.0.0.1", resolve))
  const url = `http://127.0.0.1:${options.port}`
  const imageDir = path.join(os.tmpdir(), `cm-stand-in-images-${process.pid}-${options.port}`)
  const env = storefrontEnv({
    port: options.port,
    backendUrl: `http://127.0.0.1:${(backend.address() as AddressInfo).port}`,
    publishableKey: "pk_stub",
    cookieSecret: "unused",
    production: true,
  })
  Object.assign(env, { STOREFRONT_URL: url, IMAGE_CACHE_DIR: imageDir, ...options.env })
  const storefront = spawnStorefront({ dev: false, env }) as ChildProcess
  let log = ""
  storefront.stdout!.on("data", (chunk) => (log += chunk))
  storefront.stderr!.on("data", (chunk) => (log += chunk))
  const stop = async () => {
    if (storefront.exitCode === null) {
      const exited = new Promise((resolve) => storefront.once("exit", resolve))
      storefront.kill("SIGTERM")
      await exited
    }
    await new Promise((resolve) => backend.close(resolve))
    rmSync(imageDir, { recursive: true, force: true })
  }
  if (!(await waitForStorefront(storefront, options.port))) {
    await stop()
    throw new Error(`the storefront did not start:\n${log.slice(-3000)}`)
  }
  return { url, calls, stop }
}

/**
 * The stand-in storefront and a Chromium for this test file: started before its tests, stopped
 * after them. Its `url`, `calls` and `browser` are there once it started (inside the tests).
 */
export function useStandInStorefront(options: Parameters<typeof startStandInStorefront>[0]) {
  const stand = { url: "", calls: [] as StandInCall[], browser: undefined as unknown as Browser }
  let stop: (() => Promise<void>) | undefined
  beforeAll(async () => {
    ;({ url: stand.url, calls: stand.calls, stop } = await startStandInStorefront(options))
    stand.browser = await launch()
  }, 120_000)
  afterAll(async () => {
    await stand.browser?.close()
    await stop?.()
  })
  return stand
}
