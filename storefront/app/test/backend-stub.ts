import { createServer, type IncomingMessage, type ServerResponse } from "node:http"
import type { AddressInfo } from "node:net"
import { RouterContextProvider } from "react-router"

export type StubCall = { method: string; path: string; body: unknown; query: URLSearchParams }
/** `text`: answer with this plain text instead of `body` as JSON. */
export type StubHandler = (
  call: StubCall,
) => { status?: number; body?: unknown; text?: string; headers?: Record<string, string> } | undefined

/**
 * A local HTTP server standing in for the Medusa backend (not a database): it records every Store
 * API call the storefront's real SDK makes and answers with what the test says. Import server
 * modules only after `startBackendStub()`, since env.server.ts reads MEDUSA_BACKEND_URL on import.
 */
export async function startBackendStub() {
  const calls: StubCall[] = []
  let handler: StubHandler = () => undefined
  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    let raw = ""
    for await (const chunk of req) raw += chunk
    const url = new URL(req.url ?? "/", "http://stub")
    const call = { method: req.method ?? "GET", path: url.pathname, body: raw ? JSON.parse(raw) : null, query: url.searchParams }
    calls.push(call)
    const answer = handler(call) ?? { status: 404, body: { type: "not_found", message: `no stub for ${call.method} ${call.path}` } }
    if (answer.text !== undefined) res.writeHead(answer.status ?? 200, { ...answer.headers, "content-type": "text/plain" }).end(answer.text)
    else res.writeHead(answer.status ?? 200, { ...answer.headers, "content-type": "application/json" }).end(JSON.stringify(answer.body))
  })
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  process.env.MEDUSA_BACKEND_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    calls,
    answer(next: StubHandler) {
      handler = next
      calls.length = 0
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** A request context holding a shop for `locale` with a fresh session (what the locale middleware sets up). */
export async function shopRequestContext(locale: "az" | "en" | "ru", session: Record<string, unknown>) {
  const { sessionStorage } = await import("~/lib/session.server")
  const { shopContext } = await import("~/lib/shop.server")
  const shop = {
    locale,
    region: { id: "reg_azn", name: "Azerbaijan", currency_code: "azn" },
    currency: "azn",
    session: await sessionStorage.getSession(),
    token: null,
    scope: { regionId: "reg_azn", locale },
  } as unknown as import("~/lib/shop.server").Shop
  for (const [key, value] of Object.entries(session)) shop.session.set(key as never, value as never)
  const context = new RouterContextProvider()
  context.set(shopContext, shop)
  return { shop, context }
}
