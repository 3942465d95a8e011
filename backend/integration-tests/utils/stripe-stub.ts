import { createServer, type IncomingMessage } from "node:http"
import type { AddressInfo } from "node:net"

export type StubRequest = {
  method: string
  path: string
  authorization: string | undefined
  content_type: string | undefined
  idempotency_key: string | undefined
  form: Record<string, string>
}

/**
 * A local stand-in for Stripe's API (Stripe cannot be reached from here), reached by the SDK
 * through its host/port/protocol options. It answers what Stripe documents for the calls the
 * marketplace makes (accounts, account links, transfers), records every request, and keeps
 * Stripe's idempotency: a request with a key it has seen gets the first answer again.
 * `failTransfers(n)`: the next n transfer requests are carried out but answered 500, as when
 * Stripe did the work and the answer was lost.
 */
export async function startStripeStub() {
  const requests: StubRequest[] = []
  const answered = new Map<string, unknown>()
  const transfers: any[] = []
  let lostAnswers = 0
  let seq = 0

  const server = createServer(async (req, res) => {
    const body = await read(req)
    const request: StubRequest = {
      method: req.method ?? "",
      path: (req.url ?? "").split("?")[0],
      authorization: req.headers.authorization,
      content_type: req.headers["content-type"],
      idempotency_key: req.headers["idempotency-key"] as string | undefined,
      form: Object.fromEntries(new URLSearchParams(body)),
    }
    requests.push(request)
    const reply = (status: number, json: unknown) => {
      res.writeHead(status, { "content-type": "application/json", "request-id": `req_${++seq}` })
      res.end(JSON.stringify(json))
    }
    const key = request.idempotency_key && `${request.path}:${request.idempotency_key}`
    if (key && answered.has(key)) return reply(200, answered.get(key))
    const result = answer(request)
    if (!result) return reply(404, { error: { type: "invalid_request_error", message: `Unrecognized request URL (${request.path}).` } })
    if (key) answered.set(key, result)
    if (request.path === "/v1/transfers" && lostAnswers > 0) {
      lostAnswers--
      return reply(500, { error: { type: "api_error", message: "An unknown error occurred" } })
    }
    reply(200, result)
  })

  function answer({ method, path, form }: StubRequest): unknown {
    const now = Math.floor(Date.now() / 1000)
    if (method === "POST" && path === "/v1/accounts")
      return { id: `acct_stub${++seq}`, object: "account", type: form.type, email: form.email ?? null, created: now }
    if (method === "POST" && path === "/v1/account_links")
      return {
        object: "account_link",
        url: `https://connect.stripe.com/setup/e/${form.account}/stub${++seq}`,
        created: now,
        expires_at: now + 300,
      }
    if (method === "POST" && path === "/v1/transfers") {
      const transfer = {
        id: `tr_stub${++seq}`,
        object: "transfer",
        amount: Number(form.amount),
        currency: form.currency,
        destination: form.destination,
        transfer_group: form.transfer_group,
        created: now,
      }
      transfers.push(transfer)
      return transfer
    }
    return null
  }

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    /** the transfers Stripe would have made (one per idempotency key) */
    transfers,
    failTransfers: (n: number) => void (lostAnswers = n),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

function read(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = ""
    req.on("data", (chunk) => (data += chunk))
    req.on("end", () => resolve(data))
    req.on("error", reject)
  })
}
