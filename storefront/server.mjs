// The storefront's production server: the built React Router app behind Express, with gzip, the
// hashed assets served as immutable files, and resized images already made sent from memory
// before the router runs. `react-router-serve` does the same plus a stat of two folders and a log
// line for every request; this one does only what a page needs. Rendering is CPU-bound, so it runs
// STOREFRONT_WORKERS processes (default 1) sharing the port.
import cluster from "node:cluster"
import { readdirSync } from "node:fs"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { createRequestHandler } from "@react-router/express"
import compression from "compression"
import express from "express"
import { createRequestHandler as createFetchHandler } from "react-router"

process.env.NODE_ENV ??= "production"
const port = Number(process.env.PORT ?? 3000)
const workers = Math.max(1, Number(process.env.STOREFRONT_WORKERS) || 1)

async function serve() {
  const here = path.dirname(fileURLToPath(import.meta.url))
  const client = path.join(here, "build", "client")
  const build = await import(path.join(here, "build", "server", "index.js"))
  const { cachedImage, createPageCache } = build.entry.module
  const render = createFetchHandler(build, process.env.NODE_ENV)
  const pages = createPageCache((url, headers) => render(new Request(url, { headers })))

  const app = express()
  app.disable("x-powered-by")
  // resized images already made, from memory (app/lib/image-hits.server.ts): no compression (WebP and AVIF are compressed)
  app.get("/images", (req, res, next) => {
    cachedImage(new URL(req.originalUrl, "http://storefront").searchParams).then(
      (hit) => (hit ? res.writeHead(200, hit.headers).end(hit.body) : next()),
      () => next(),
    )
  })
  app.use(compression())
  app.use("/assets", express.static(path.join(client, "assets"), { immutable: true, maxAge: "1y", index: false, fallthrough: false }))
  // the few top-level public files (favicon …) by name, so a page request costs no file-system lookup
  const publicFiles = express.static(client, { maxAge: "1h", index: false })
  for (const name of readdirSync(client).filter((entry) => entry !== "assets" && !entry.startsWith("."))) app.get(`/${name}`, publicFiles)
  // an anonymous catalogue page from the page cache (app/lib/page-cache.server.ts); anything else goes to the router
  app.get("*", (req, res, next) => {
    const request = {
      method: req.method,
      url: `${req.protocol}://${req.get("host")}${req.originalUrl}`,
      cookie: req.headers.cookie,
      userAgent: req.headers["user-agent"],
      acceptEncoding: req.headers["accept-encoding"],
    }
    pages.lookup(request).then(
      (page) => (page ? res.writeHead(page.status, page.headers).end(page.body) : next()),
      () => next(),
    )
  })
  app.all("*", createRequestHandler({ build, mode: process.env.NODE_ENV }))
  return app.listen(port, process.env.HOST)
}

function stopOn(signals, stop) {
  for (const signal of signals) process.once(signal, stop)
}

if (workers === 1) {
  const server = await serve()
  server.on("listening", () => console.log(`storefront listening on http://localhost:${port}`))
  stopOn(["SIGTERM", "SIGINT"], () => server.close(() => process.exit(0)))
} else if (cluster.isPrimary) {
  let stopping = false
  let listening = 0
  const fork = () => {
    const worker = cluster.fork()
    worker.once(
      "listening",
      () => ++listening === workers && console.log(`storefront listening on http://localhost:${port} (${workers} workers)`),
    )
    worker.once("exit", (code) => {
      if (stopping) return
      // a worker that never came up (bad environment, port taken) would fail again: stop with its code
      if (listening === 0) return process.exit(code || 1)
      console.error(`a storefront worker exited (${code}); starting another`)
      fork()
    })
  }
  for (let i = 0; i < workers; i++) fork()
  stopOn(["SIGTERM", "SIGINT"], () => {
    stopping = true
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM")
    cluster.disconnect(() => process.exit(0))
  })
} else {
  const server = await serve()
  stopOn(["SIGTERM", "SIGINT"], () => server.close(() => process.exit(0)))
}
