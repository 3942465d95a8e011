import { operator, signUpShop, type Headers } from "../utils/actors"
import { ok } from "../utils/http"
import { setUpMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"

// Express answers a method or address no route has with an HTML "Cannot GET" page, and a body
// that does not parse with JSON.parse's own words; an API client gets JSON that says what to fix
// instead (docs/decisions/059).
medusaSuite("api_answers_json", ({ api, getContainer }) => {
  let admin: Headers
  let store: Headers
  let creator: Headers

  beforeAll(async () => {
    admin = await operator(api, getContainer())
    store = (await setUpMarketplace(getContainer())).storeHeaders
    creator = (await signUpShop(api, "wool@example.az", { handle: "guba-wool" })).headers
  })

  it("answers a method an existing address does not take with a JSON 405 naming the ones it does", async () => {
    const { data } = await api.post("/admin/commission-rules", { scope: "global", type: "percentage", percentage: 10 }, admin)
    const id = data.commission_rule.id
    const requests: [string, string, Headers][] = [
      ["get", `/admin/commission-rules/${id}`, admin],
      ["delete", "/admin/export-partners/exp_unknown", admin],
      ["delete", "/creator/shop", creator],
      ["get", "/creator/signup", creator],
      ["delete", "/store/creators", store],
    ]
    for (const [method, url, headers] of requests) {
      const response = await api.request({ method, url, ...headers, ...ok })
      expect([method, url, response.status, response.headers["content-type"]]).toEqual([method, url, 405, expect.stringMatching(/json/)])
      expect(response.data.message).toMatch(new RegExp(`^${method.toUpperCase()} is not supported on .+; it takes [A-Z, ]+\\.$`))
      expect(response.headers.allow).toBeTruthy()
    }
    const rule = await api.get(`/admin/commission-rules/${id}`, { ...admin, ...ok })
    expect(rule.headers.allow).toBe("POST, DELETE")
  })

  it("answers an address no route has with a JSON 404, and keeps the answers of the routes that exist", async () => {
    for (const [url, headers] of [
      ["/admin/no-such-thing", admin],
      ["/creator/no-such-thing", creator],
      ["/store/no-such-thing", store],
    ] as const) {
      const response = await api.get(url, { ...headers, ...ok })
      expect([url, response.status, response.data.message]).toEqual([url, 404, `There is no GET ${url} in this API: check the address.`])
    }
    expect((await api.get("/admin/commission-rules", admin)).status).toBe(200)
    expect((await api.get("/creator/shop", creator)).status).toBe(200)
    expect((await api.head("/store/creators", store)).status).toBe(200)
    // the address still decides before the method: an unknown id on an existing route is that route's 404
    expect((await api.delete("/admin/commission-rules/comrule_unknown", { ...admin, ...ok })).status).toBe(404)
  })

  it("says what is wrong with a body that is not a JSON object, on our routes and Medusa's", async () => {
    const send = async (url: string, headers: Headers, data: string) => {
      const response = await api.post(url, data, {
        ...ok,
        headers: { ...headers.headers, "content-type": "application/json" },
        transformRequest: [(body: string) => body], // as written: axios would quote a string that is not JSON
      })
      return [url, data, response.status, response.data.message]
    }
    for (const [url, headers] of [
      ["/admin/commission-rules", admin],
      ["/creator/products", creator],
      ["/store/carts", store],
    ] as const) {
      expect(await send(url, headers, "{bad json")).toEqual([
        url,
        "{bad json",
        400,
        expect.stringMatching(/^The request body is not valid JSON \(.+\): check its quotes, commas and brackets, and send it again\.$/),
      ])
      expect(await send(url, headers, '"text"')).toEqual([
        url,
        '"text"',
        400,
        "The request body must be a JSON object ({ ... }) with the fields this route takes.",
      ])
      // Medusa's validators called the fields of an array "Field '' is required"
      expect(await send(url, headers, "[]")).toEqual([url, "[]", 400, "The request body must be a JSON object ({ ... }), not an array."])
    }
  })

  it("says what to change in a body too large, in another charset or not compressed as it claims, with body-parser's status", async () => {
    const send = async (data: string, headers: Record<string, string>) => {
      const response = await api.post("/creator/products", data, {
        ...ok,
        headers: { ...creator.headers, "content-type": "application/json", ...headers },
        transformRequest: [(body: string) => body],
        maxBodyLength: Infinity,
      })
      return [response.status, response.data.type, response.data.message]
    }
    expect(await send(JSON.stringify({ title: "y".repeat(5_000_000) }), {})).toEqual([
      413,
      expect.any(String),
      expect.stringMatching(/^The request body is larger than the \d+ KB this route takes: send less\./),
    ])
    expect(await send("{}", { "content-type": "application/json; charset=latin1" })).toEqual([
      415,
      expect.any(String),
      "The request body must be UTF-8: send it with Content-Type: application/json; charset=utf-8.",
    ])
    expect(await send("{}", { "content-encoding": "br" })).toEqual([
      415,
      expect.any(String),
      expect.stringMatching(/^The request body's Content-Encoding/),
    ])
    expect(await send('{"title":"x"}', { "content-encoding": "gzip" })).toEqual([
      400,
      "invalid_data",
      "The request body is not compressed as its Content-Encoding says: send it uncompressed, or drop the Content-Encoding header.",
    ])
  })
})
