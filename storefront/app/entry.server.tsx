import { randomBytes } from "node:crypto"
import { PassThrough } from "node:stream"
import { createReadableStreamFromReadable } from "@react-router/node"
import { isbot } from "isbot"
import { renderToPipeableStream, type RenderToPipeableStreamOptions } from "react-dom/server"
import { ServerRouter, type EntryContext, type HandleDataRequestFunction } from "react-router"
import { env } from "~/env.server"
import { NonceContext } from "~/lib/nonce"
import { pageRequest, pageVariant, sharedPageCacheControl } from "~/lib/page-cache.server"
import { contentSecurityPolicy, securityHeaders } from "~/lib/security.server"

export const streamTimeout = 5_000

// server.mjs sends cached images before the router runs; it reaches the app's code through this module
export { cachedImage } from "~/lib/image-hits.server"
// … and asks the page cache before the router runs
export { createPageCache } from "~/lib/page-cache.server"

export default async function handleRequest(request: Request, status: number, headers: Headers, routerContext: EntryContext) {
  const nonce = randomBytes(16).toString("base64")
  securityHeaders(headers)
  headers.set("Content-Security-Policy", contentSecurityPolicy(nonce))
  // pages carry the visitor's cart and session: never stored by shared caches, except a catalogue
  // page asked for without any session, which is the same for every such visitor (page-cache.server.ts)
  if (!headers.has("Cache-Control")) {
    const shared = env.PAGE_CACHE_SECONDS > 0 && status === 200 && (await pageVariant(pageRequest(request)))
    headers.set("Cache-Control", shared ? sharedPageCacheControl() : "private, no-cache")
  }
  headers.set("Vary", "Cookie, Accept-Language")
  if (request.method.toUpperCase() === "HEAD") return new Response(null, { status, headers })

  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false
    const userAgent = request.headers.get("user-agent")
    const readyOption: keyof RenderToPipeableStreamOptions =
      (userAgent && isbot(userAgent)) || routerContext.isSpaMode ? "onAllReady" : "onShellReady"
    let timeout: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000)
    const { pipe, abort } = renderToPipeableStream(
      <NonceContext.Provider value={nonce}>
        <ServerRouter context={routerContext} url={request.url} nonce={nonce} />
      </NonceContext.Provider>,
      {
        nonce,
        [readyOption]() {
          shellRendered = true
          const body = new PassThrough({
            final(callback) {
              clearTimeout(timeout)
              timeout = undefined
              callback()
            },
          })
          headers.set("Content-Type", "text/html; charset=utf-8")
          pipe(body)
          resolve(new Response(createReadableStreamFromReadable(body), { headers, status }))
        },
        onShellError: reject,
        onError(error: unknown) {
          status = 500
          if (shellRendered) console.error(error)
        },
      },
    )
  })
}

export const handleDataRequest: HandleDataRequestFunction = (response) => {
  securityHeaders(response.headers)
  if (!response.headers.has("Cache-Control")) response.headers.set("Cache-Control", "private, no-cache")
  return response
}

export function handleError(error: unknown, { request }: { request: Request }) {
  if (request.signal.aborted) return
  // a backend outage is logged once per request as one line, not as a stack
  console.error(error instanceof Error ? `${request.method} ${new URL(request.url).pathname}: ${error.message}` : error)
}
