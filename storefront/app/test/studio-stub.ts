import { act, type ReactElement } from "react"
import { createRoot, type Root } from "react-dom/client"
import { afterEach, vi } from "vitest"
import { studioSessions } from "~/lib/studio/session.server"

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } })

/** The creator API as `fetch` sees it: answers by "METHOD /path", every call recorded; anything else is `fallback`. */
export function studioBackend(
  answers: Record<string, (init: RequestInit) => Response>,
  fallback = () => json({ message: "Not found" }, 404),
) {
  const calls: string[] = []
  vi.stubGlobal("fetch", async (input: URL | string, init: RequestInit = {}) => {
    const url = new URL(String(input))
    calls.push(`${init.method ?? "GET"} ${url.pathname}`)
    const answer = answers[`${init.method ?? "GET"} ${url.pathname}`]
    return answer ? answer(init) : fallback()
  })
  return calls
}

/** A request as a signed-in member (a test DOM Request drops the Cookie header, so it is given by hand). */
export async function signedIn(request: Request) {
  const session = await studioSessions.getSession()
  session.set("token", "t-member")
  const cookie = (await studioSessions.commitSession(session)).split(";")[0]!
  const form = request.method === "POST" ? await request.formData() : null
  return {
    url: request.url,
    method: request.method,
    headers: { get: (name: string) => (name.toLowerCase() === "cookie" ? cookie : null) },
    formData: async () => form,
  } as unknown as Request
}

export async function until(container: HTMLElement, selector: string) {
  for (let i = 0; i < 100 && !container.querySelector(selector); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
  return container.querySelector<HTMLElement>(selector)
}

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
let root: Root | null = null

/** Each test starts on an empty page with the real fetch back. */
afterEach(() => {
  unmount()
  document.body.innerHTML = ""
  vi.unstubAllGlobals()
})

export function unmount() {
  act(() => root?.unmount())
  root = null
}

/** Renders a page (a routes stub) and waits until `ready` is on it. */
export async function mount(element: ReactElement, ready: string) {
  const container = document.createElement("div")
  document.body.append(container)
  root = createRoot(container)
  await act(async () => root!.render(element))
  await until(container, ready)
  return container
}
