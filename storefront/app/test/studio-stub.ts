import { vi } from "vitest"
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

export { mount, unmount, until } from "./dom"
