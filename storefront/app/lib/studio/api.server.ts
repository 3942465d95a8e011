import { env } from "~/env.server"

/** A refused `/creator/*` call: the backend's status and message (English, naming the field path). */
export class CreatorApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** A 429's Retry-After header: how long sign-in stays locked. */
    readonly retryAfter: string | null = null,
  ) {
    super(message)
  }
}

type Call = {
  method?: "GET" | "POST" | "DELETE"
  token?: string | null
  shopId?: string | null
  body?: unknown
  query?: Record<string, string | number | undefined>
}

function url(path: string, query?: Call["query"]) {
  const target = new URL(path, env.MEDUSA_BACKEND_URL)
  for (const [key, value] of Object.entries(query ?? {}))
    if (value !== undefined && value !== "") target.searchParams.set(key, String(value))
  return target
}

function headers(token?: string | null, shopId?: string | null) {
  const result: Record<string, string> = {}
  if (token) result.authorization = `Bearer ${token}`
  if (shopId) result["x-creator-id"] = shopId
  return result
}

async function answer<T>(response: Response): Promise<T> {
  const text = await response.text()
  const parsed = text ? (JSON.parse(text) as T & { message?: string }) : ({} as T & { message?: string })
  if (!response.ok) throw new CreatorApiError(response.status, parsed.message ?? response.statusText, response.headers.get("retry-after"))
  return parsed
}

/** One JSON call to the creator API, server-side, with the creator's token; network failures become a 503. */
export async function creatorApi<T>(path: string, { method = "GET", token, shopId, body, query }: Call = {}): Promise<T> {
  let response: Response
  try {
    response = await fetch(url(path, query), {
      method,
      headers: { ...headers(token, shopId), ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  } catch {
    throw new Response("The backend cannot be reached.", { status: 503 })
  }
  return answer<T>(response)
}

/**
 * Passes a browser's multipart upload through to the backend as a stream (never buffered here):
 * the body and its content type go on unchanged, with the creator's token added.
 */
export async function forwardUpload<T>(path: string, request: Request, token: string, shopId: string | null): Promise<T> {
  const contentType = request.headers.get("content-type") ?? ""
  if (!contentType.startsWith("multipart/form-data") || !request.body)
    throw new CreatorApiError(400, "files: send the files as multipart/form-data.")
  let response: Response
  try {
    response = await fetch(url(path), {
      method: "POST",
      headers: { ...headers(token, shopId), "content-type": contentType },
      body: request.body,
      duplex: "half",
    } as RequestInit)
  } catch {
    throw new Response("The backend cannot be reached.", { status: 503 })
  }
  return answer<T>(response)
}
