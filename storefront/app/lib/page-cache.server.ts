/**
 * A micro-cache of whole anonymous HTML pages, in front of the router (server.mjs asks it first).
 * Only a GET of a public catalogue page (home, search, product, category, collection, creators)
 * from a browser carrying no cookie but the language one: no session, so no cart, customer or
 * chosen currency, and the page is the same for every such visitor. The page itself says whether
 * it may be shared (`public, s-maxage=…` from entry.server.tsx) and for how long; a response that
 * is not a 200, or sets any cookie but the language one, is never stored. A burst of requests for
 * one page renders it once; an expired page is served while one refresh runs.
 *
 * A stored page carries no nonce: its inline scripts are allowed by their SHA-256 hashes instead
 * (the same for every visitor, as the HTML is), and the nonce attributes are removed.
 */
import { createHash } from "node:crypto"
import { gzipSync } from "node:zlib"
import { isbot } from "isbot"
import { env } from "~/env.server"
import { LOCALES, type Locale } from "./i18n"
import { localeCookie } from "./session.server"

export type PageRequest = { method: string; url: string; cookie?: string; userAgent?: string }
export type Render = (url: string, headers: Record<string, string>) => Promise<Response>
export type SentPage = { status: number; headers: Record<string, string | string[]>; body: Buffer }

type Page = {
  status: number
  headers: Record<string, string | string[]>
  body: Buffer
  gzip: Buffer | null
  fresh: number
  stale: number
}

const PUBLIC_PAGES = /^\/(az|en|ru)(?:\/(?:search|creators|creators\/[^/]+|products\/[^/]+|categories\/[^/]+|collections\/[^/]+))?$/
const MAX_BYTES = 32 * 1024 * 1024
const LOCALE_COOKIE = "cm_locale"

/** `cm_locale=…` as this storefront sets it, per language (the cookie is not signed: the same for everyone). */
const localePairs: Promise<Record<Locale, string>> = Promise.all(
  LOCALES.map(async (locale) => [locale, (await localeCookie.serialize(locale)).split(";")[0]!] as const),
).then((pairs) => Object.fromEntries(pairs) as Record<Locale, string>)

/** What the page may depend on besides its address: null when it must not be shared at all. */
export async function pageVariant({ method, url, cookie, userAgent }: PageRequest) {
  if (method !== "GET") return null
  const address = new URL(url)
  const match = PUBLIC_PAGES.exec(address.pathname)
  // client navigations' data requests (`….data`) are not pages: the router answers them
  if (!match || address.pathname.endsWith(".data")) return null
  const locale = match[1] as Locale
  const pairs = (cookie ?? "")
    .split(";")
    .map((pair) => pair.trim())
    .filter(Boolean)
  // any cookie but the language one (a session: cart, customer, currency; or one we do not know) is private
  if (pairs.length > 1 || (pairs.length === 1 && !pairs[0]!.startsWith(`${LOCALE_COOKIE}=`))) return null
  // the answer sets the language cookie unless the browser already has this language's
  const remembered = pairs.length === 1 && pairs[0] === (await localePairs)[locale]
  const bot = Boolean(userAgent && isbot(userAgent))
  return {
    key: `${remembered ? "locale-cookie" : "no-locale-cookie"} ${bot ? "bot" : "browser"} ${address.host}${address.pathname}${address.search}`,
    // the render sees only what the key holds
    headers: { ...(pairs.length === 1 ? { cookie: pairs[0]! } : {}), ...(userAgent ? { "user-agent": userAgent } : {}) },
  }
}

/** What entry.server.tsx says of a 200 page `pageVariant` allows to share. */
export const sharedPageCacheControl = () =>
  `public, max-age=0, s-maxage=${env.PAGE_CACHE_SECONDS}, stale-while-revalidate=${env.PAGE_CACHE_SECONDS * 5}`

/** `public, max-age=0, s-maxage=1, stale-while-revalidate=5` → how long it may be shared and served stale. */
function sharedLifetime(cacheControl: string | null) {
  const directives = (cacheControl ?? "").toLowerCase()
  if (!/\bpublic\b/.test(directives) || /\b(private|no-store)\b/.test(directives)) return null
  const shared = Number(/\bs-maxage=(\d+)/.exec(directives)?.[1] ?? 0)
  if (!(shared > 0)) return null
  return { fresh: shared * 1000, stale: Number(/\bstale-while-revalidate=(\d+)/.exec(directives)?.[1] ?? 0) * 1000 }
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/g

/** The CSP with the page's inline scripts' hashes in place of its nonce, and the HTML without the nonce. */
function withoutNonce(html: string, csp: string | null) {
  const nonce = /'nonce-([^']+)'/.exec(csp ?? "")?.[1]
  if (!csp || !nonce) return null
  const body = html.replaceAll(` nonce="${nonce}"`, "")
  if (body.includes(nonce)) return null
  const hashes = new Set<string>()
  for (const [, attributes, code] of body.matchAll(INLINE_SCRIPT)) {
    if (/\bsrc=/.test(attributes!) || /type="application\/(ld\+)?json"/.test(attributes!)) continue
    hashes.add(`'sha256-${createHash("sha256").update(code!, "utf8").digest("base64")}'`)
  }
  return { body, csp: csp.replace(`'nonce-${nonce}'`, [...hashes].join(" ") || "'none'") }
}

/** A rendered answer as stored: null when it must not be kept. */
async function toPage(response: Response, now: number): Promise<{ page: Page; shared: boolean }> {
  const html = await response.text()
  const headers: Record<string, string | string[]> = {}
  response.headers.forEach((value, name) => {
    if (name !== "set-cookie" && name !== "content-length") headers[name] = value
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length > 0) headers["set-cookie"] = cookies
  const plain = { status: response.status, headers, body: Buffer.from(html), gzip: null, fresh: 0, stale: 0 }
  const lifetime = sharedLifetime(response.headers.get("cache-control"))
  const onlyLanguageCookie = cookies.every((cookie) => cookie.startsWith(`${LOCALE_COOKIE}=`))
  const html200 = response.status === 200 && (response.headers.get("content-type") ?? "").startsWith("text/html")
  const rewritten = lifetime && onlyLanguageCookie && html200 ? withoutNonce(html, response.headers.get("content-security-policy")) : null
  if (!lifetime || !rewritten) return { page: plain, shared: false }
  return {
    page: {
      ...plain,
      headers: { ...headers, "content-security-policy": rewritten.csp },
      body: Buffer.from(rewritten.body),
      fresh: now + lifetime.fresh,
      stale: now + lifetime.fresh + lifetime.stale,
    },
    shared: true,
  }
}

export function createPageCache(render: Render, { now = Date.now, enabled = env.PAGE_CACHE_SECONDS > 0 } = {}) {
  const pages = new Map<string, Page>()
  const pending = new Map<string, Promise<{ page: Page; shared: boolean }>>()
  let bytes = 0

  const forget = (key: string) => {
    const page = pages.get(key)
    if (!page) return
    bytes -= page.body.length + (page.gzip?.length ?? 0)
    pages.delete(key)
  }
  const keep = (key: string, page: Page) => {
    forget(key)
    pages.set(key, page)
    bytes += page.body.length
    for (const oldest of pages.keys()) {
      if (bytes <= MAX_BYTES) break
      forget(oldest)
    }
  }

  /** One render per key at a time; what it answers is kept only when the page allows it. */
  const refresh = (key: string, url: string, headers: Record<string, string>) => {
    const running = pending.get(key)
    if (running) return running
    const promise = render(url, headers)
      .then((response) => toPage(response, now()))
      .then((result) => (result.shared ? keep(key, result.page) : forget(key), result))
      .finally(() => pending.delete(key))
    pending.set(key, promise)
    return promise
  }

  const send = (key: string, page: Page, state: string, acceptEncoding: string | undefined): SentPage => {
    const headers = { ...page.headers, "x-page-cache": state }
    if (!/\bgzip\b/.test(acceptEncoding ?? ""))
      return { status: page.status, headers: { ...headers, "content-length": String(page.body.length) }, body: page.body }
    if (!page.gzip) {
      page.gzip = gzipSync(page.body)
      if (pages.get(key) === page) bytes += page.gzip.length
    }
    return {
      status: page.status,
      headers: { ...headers, "content-encoding": "gzip", "content-length": String(page.gzip.length) },
      body: page.gzip,
    }
  }

  return {
    /** The page for this request from the cache (rendering it once if needed); null: not a shared page, render it the usual way. */
    async lookup(request: PageRequest & { acceptEncoding?: string }): Promise<SentPage | null> {
      if (!enabled) return null
      const variant = await pageVariant(request)
      if (!variant) return null
      const page = pages.get(variant.key)
      const at = now()
      if (page && page.fresh > at) return send(variant.key, page, "hit", request.acceptEncoding)
      if (page && page.stale > at) {
        refresh(variant.key, request.url, variant.headers).catch(() => forget(variant.key))
        return send(variant.key, page, "stale", request.acceptEncoding)
      }
      const leader = !pending.has(variant.key)
      const rendered = await refresh(variant.key, request.url, variant.headers)
      if (rendered.shared) return send(variant.key, rendered.page, "miss", request.acceptEncoding)
      // a page that may not be shared is this request's own answer, and rendered again for each one that waited for it
      return leader ? send(variant.key, rendered.page, "private", request.acceptEncoding) : null
    },
    clear() {
      pages.clear()
      bytes = 0
    },
  }
}

export const pageRequest = (request: Request): PageRequest => ({
  method: request.method.toUpperCase(),
  url: request.url,
  cookie: request.headers.get("cookie") ?? undefined,
  userAgent: request.headers.get("user-agent") ?? undefined,
})
