import http from "node:http"
import type { AddressInfo } from "node:net"

export interface RecordedRequest {
  method: string
  path: string
  query: Record<string, string>
  body: any
  headers: http.IncomingHttpHeaders
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> }
type Task = { taskUid: number; indexUid: string | null; status: "enqueued"; type: string; enqueuedAt: string }
type IndexState = { uid: string; primaryKey: string | null; createdAt: string; updatedAt: string; documents: number }

const NOW = "2026-01-01T00:00:00.000000Z"

/**
 * A stand-in Meilisearch (API v1.x) on a local port, so the real `meilisearch`
 * client talks HTTP to it. It records every request, keeps index metadata,
 * answers writes with enqueued task summaries, reports tasks as succeeded unless
 * told otherwise, and answers searches from `searchResults`.
 */
export class MeilisearchRecorder {
  readonly requests: RecordedRequest[] = []
  readonly indexes = new Map<string, IndexState>()
  /** Final state of `GET /tasks/:uid`; override to fail or stall tasks. */
  taskOutcome: (task: Task) => Record<string, unknown> = () => ({ status: "succeeded", error: null })
  /** Results of `POST /multi-search`, one per query; defaults to empty results of the right shape. */
  searchResults: (queries: any[]) => unknown[] = (queries) => queries.map(emptyResult)
  /** Answers a request before the built-in routes do, when it returns a reply. */
  intercept: (request: RecordedRequest) => Reply | undefined = () => undefined
  private readonly tasks: Task[] = []
  private server?: http.Server
  url = ""

  static async start(): Promise<MeilisearchRecorder> {
    const recorder = new MeilisearchRecorder()
    recorder.server = http.createServer((req, res) => recorder.handle(req, res))
    await new Promise<void>((resolve) => recorder.server!.listen(0, "127.0.0.1", resolve))
    recorder.url = `http://127.0.0.1:${(recorder.server.address() as AddressInfo).port}`
    return recorder
  }

  addIndex(uid: string, primaryKey: string | null = "id", documents = 0): void {
    this.indexes.set(uid, { uid, primaryKey, createdAt: NOW, updatedAt: NOW, documents })
  }

  /** The recorded requests as `METHOD /path?query`, the order a test usually asserts first. */
  calls(): string[] {
    return this.requests.map(({ method, path, query }) => {
      const search = new URLSearchParams(query).toString()
      return `${method} ${path}${search ? `?${search}` : ""}`
    })
  }

  reset(): void {
    this.requests.length = 0
    this.tasks.length = 0
    this.indexes.clear()
  }

  async close(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve))
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://recorder")
      const request: RecordedRequest = {
        method: req.method ?? "GET",
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body: raw ? JSON.parse(raw) : undefined,
        headers: req.headers,
      }
      this.requests.push(request)
      const reply = this.intercept(request) ?? this.route(request)
      res.writeHead(reply.status, { "content-type": "application/json", ...reply.headers })
      res.end(reply.body === undefined ? "" : JSON.stringify(reply.body))
    })
  }

  private route({ method, path, body }: RecordedRequest): Reply {
    const [, resource, uid, sub, action] = path.split("/")
    const index = uid ? this.indexes.get(uid) : undefined
    const key = `${method} /${[resource, uid && ":uid", sub, action].filter(Boolean).join("/")}`
    switch (key) {
      case "GET /indexes":
        return ok({ results: [...this.indexes.values()].map(indexObject), offset: 0, limit: 100, total: this.indexes.size })
      case "GET /indexes/:uid":
        return index ? ok(indexObject(index)) : missing(uid)
      case "POST /indexes":
        this.addIndex(body.uid, body.primaryKey ?? null)
        return this.enqueue(body.uid, "indexCreation")
      case "PATCH /indexes/:uid":
        if (index) index.primaryKey = body.primaryKey
        return this.enqueue(uid, "indexUpdate")
      case "DELETE /indexes/:uid":
        if (!index) return missing(uid)
        this.indexes.delete(uid)
        return this.enqueue(uid, "indexDeletion")
      case "PATCH /indexes/:uid/settings":
        return this.enqueue(uid, "settingsUpdate")
      case "POST /indexes/:uid/documents":
        return this.enqueue(uid, "documentAdditionOrUpdate")
      case "DELETE /indexes/:uid/documents":
      case "POST /indexes/:uid/documents/delete":
      case "POST /indexes/:uid/documents/delete-batch":
        return this.enqueue(uid, "documentDeletion")
      case "GET /tasks/:uid": {
        const task = this.tasks[Number(uid)]
        if (!task)
          return { status: 404, body: { message: `Task \`${uid}\` not found.`, code: "task_not_found", type: "invalid_request", link: "" } }
        const { taskUid, ...summary } = task
        return ok({
          uid: taskUid,
          batchUid: taskUid,
          ...summary,
          canceledBy: null,
          details: {},
          duration: "PT0.001S",
          startedAt: NOW,
          finishedAt: NOW,
          ...this.taskOutcome(task),
        })
      }
      case "GET /stats":
        return ok({
          databaseSize: 1,
          lastUpdate: NOW,
          indexes: Object.fromEntries(
            [...this.indexes.values()].map((i) => [i.uid, { numberOfDocuments: i.documents, isIndexing: false, fieldDistribution: {} }]),
          ),
        })
      case "POST /multi-search": {
        const unknown = body.queries.findIndex((query: any) => !this.indexes.has(query.indexUid))
        if (unknown >= 0) return missing(body.queries[unknown].indexUid, `Inside \`.queries[${unknown}]\`: `)
        return ok({ results: this.searchResults(body.queries) })
      }
      default:
        return { status: 404, body: { message: `no route ${key}`, code: "not_found", type: "invalid_request", link: "" } }
    }
  }

  private enqueue(indexUid: string | null, type: string): Reply {
    const task: Task = { taskUid: this.tasks.length, indexUid, status: "enqueued", type, enqueuedAt: NOW }
    this.tasks.push(task)
    return { status: 202, body: task }
  }
}

function ok(body: unknown): Reply {
  return { status: 200, body }
}

function missing(uid: string, prefix = ""): Reply {
  return {
    status: 404,
    body: {
      message: `${prefix}Index \`${uid}\` not found.`,
      code: "index_not_found",
      type: "invalid_request",
      link: "https://docs.meilisearch.com/errors#index_not_found",
    },
  }
}

function indexObject({ documents: _documents, ...index }: IndexState) {
  return index
}

export function emptyResult(query: any) {
  const paged = query.hitsPerPage !== undefined || query.page !== undefined
  return {
    indexUid: query.indexUid,
    hits: [],
    query: query.q ?? "",
    processingTimeMs: 1,
    ...(paged
      ? { hitsPerPage: query.hitsPerPage, page: query.page, totalPages: 0, totalHits: 0 }
      : { limit: query.limit ?? 20, offset: query.offset ?? 0, estimatedTotalHits: 0 }),
    ...(query.facets && { facetDistribution: {}, facetStats: {} }),
  }
}
