import { rm } from "node:fs/promises"
import { gunzipSync } from "node:zlib"
import { bearer } from "../utils/actors"
import { buildFeed, feedsForTests, feedsScenario } from "../utils/export-feeds"
import { medusaSuite } from "../utils/medusa-suite"
import { ok } from "../utils/http"

feedsForTests()

medusaSuite("export_partner_access", ({ api, getContainer }) => {
  let s: Awaited<ReturnType<typeof feedsScenario>>
  const build = (id: string, confirm = false) => buildFeed(api, s.admin, id, confirm)

  beforeAll(async () => {
    s = await feedsScenario(api, getContainer())
  })

  it("a partner's token is shown once and stored only hashed", async () => {
    expect(s.google.token).toMatch(/^cmpt_/)
    const { data } = await api.get(`/admin/export-partners/${s.google.id}`, s.admin)
    expect(JSON.stringify(data)).not.toContain(s.google.token)
    expect(data.partner.tokens).toEqual([expect.objectContaining({ hint: s.google.token.slice(0, 9) + "…", revoked_at: null })])
  })

  it("no, a wrong, a revoked or another partner's token answers 401 without any catalogue byte", async () => {
    await build(s.google.id)
    const attempts = [
      {},
      { authorization: "Bearer cmpt_not-a-token" },
      { authorization: `Bearer ${s.trade.token}` },
      { authorization: `Basic ${Buffer.from(`${s.trade.id}:${s.google.token}`).toString("base64")}` },
    ]
    for (const headers of attempts) {
      const response = await api.get(`/feeds/${s.google.id}/feed.xml`, { headers, ...ok })
      expect(response.status).toBe(401)
      expect(JSON.stringify(response.data)).not.toMatch(/<rss|<item|Quba/)
    }
    // Basic credentials: partner id and token
    const basic = `Basic ${Buffer.from(`${s.google.id}:${s.google.token}`).toString("base64")}`
    expect((await api.get(`/feeds/${s.google.id}/feed.xml`, { headers: { authorization: basic } })).status).toBe(200)
    const { data } = await api.get(`/admin/export-partners/${s.google.id}`, s.admin)
    await api.delete(`/admin/export-partners/${s.google.id}/tokens/${data.partner.tokens[0].id}`, s.admin)
    expect((await api.get(`/feeds/${s.google.id}/feed.xml`, { ...bearer(s.google.token), ...ok })).status).toBe(401)
  })

  it("a rotated token keeps working for the grace period; with no grace it stops at once", async () => {
    const { data: rotated } = await api.post(`/admin/export-partners/${s.google.id}/tokens`, { grace_hours: 1 }, s.admin)
    expect((await api.get(`/feeds/${s.google.id}/feed.xml`, { ...bearer(s.google.token), ...ok })).status).not.toBe(401)
    expect((await api.get(`/feeds/${s.google.id}/feed.xml`, { ...bearer(rotated.token), ...ok })).status).not.toBe(401)
    const { data: again } = await api.post(`/admin/export-partners/${s.google.id}/tokens`, { grace_hours: 0 }, s.admin)
    expect((await api.get(`/feeds/${s.google.id}/feed.xml`, { ...bearer(rotated.token), ...ok })).status).toBe(401)
    expect((await api.get(`/feeds/${s.google.id}/feed.xml`, { ...bearer(again.token), ...ok })).status).not.toBe(401)
  })

  it("answers 304 to a copy the partner has (ETag or date), gzip when asked, .xml.gz, and logs each fetch", async () => {
    await build(s.google.id)
    const first = await api.get(`/feeds/${s.google.id}/feed.xml`, bearer(s.google.token, { "accept-encoding": "identity" }))
    const etag = first.headers.etag
    expect(etag).toMatch(/^"[A-Za-z0-9_-]+"$/)
    const byTag = await api.get(`/feeds/${s.google.id}/feed.xml`, {
      ...bearer(s.google.token, { "if-none-match": etag, "accept-encoding": "identity" }),
      ...ok,
    })
    expect(byTag.status).toBe(304)
    expect(byTag.data).toBe("")
    const byDate = await api.get(`/feeds/${s.google.id}/feed.xml`, {
      ...bearer(s.google.token, { "if-modified-since": first.headers["last-modified"], "accept-encoding": "identity" }),
      ...ok,
    })
    expect(byDate.status).toBe(304)
    const gzipped = await api.get(`/feeds/${s.google.id}/feed.xml`, {
      ...bearer(s.google.token, { "accept-encoding": "gzip" }),
      decompress: false,
      responseType: "arraybuffer",
    })
    expect(gzipped.headers["content-encoding"]).toBe("gzip")
    expect(gzipped.headers.etag).not.toBe(etag)
    expect(gunzipSync(gzipped.data).toString()).toBe(first.data)
    const file = await api.get(`/feeds/${s.google.id}/feed.xml.gz`, {
      ...bearer(s.google.token),
      decompress: false,
      responseType: "arraybuffer",
    })
    expect(file.headers["content-type"]).toBe("application/gzip")
    expect(gunzipSync(file.data).toString()).toBe(first.data)
    const { data } = await api.get(`/admin/export-partners/${s.google.id}/fetches`, s.admin)
    expect(data.fetches.map((f: any) => [f.status, f.etag_hit])).toEqual(
      expect.arrayContaining([
        [200, false],
        [304, true],
      ]),
    )
  })

  it("a published snapshot whose file is gone answers 503 with Retry-After, and the feed is built again", async () => {
    await build(s.google.id)
    const [snapshot] = await getContainer()
      .resolve("export_listing")
      .listFeedSnapshots({ partner_id: s.google.id, status: "published" }, { order: { built_at: "DESC" }, take: 1 })
    await Promise.all([rm(snapshot.path), rm(`${snapshot.path}.gz`)])
    const lost = await api.get(`/feeds/${s.google.id}/feed.xml`, { ...bearer(s.google.token), ...ok })
    expect([lost.status, lost.data.type, Number(lost.headers["retry-after"])]).toEqual([503, "not_ready", 300])
    expect(lost.headers.etag).not.toBe(snapshot.etag)
    let status = lost.status
    for (let tries = 0; status !== 200 && tries < 60; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 500))
      status = (await api.get(`/feeds/${s.google.id}/feed.xml`, { ...bearer(s.google.token), ...ok })).status
    }
    expect(status).toBe(200)
  })

  it("past the partner's rate limit answers 429 with Retry-After", async () => {
    await build(s.google.id)
    await api.post(`/admin/export-partners/${s.google.id}`, { rate_limit_per_minute: 2 }, s.admin)
    const statuses = []
    let retryAfter
    for (let i = 0; i < 4; i++) {
      const response = await api.get(`/feeds/${s.google.id}/feed.xml`, { ...bearer(s.google.token), ...ok })
      statuses.push(response.status)
      retryAfter ??= response.headers["retry-after"]
    }
    expect(statuses.slice(-2)).toEqual([429, 429])
    expect(Number(retryAfter)).toBeGreaterThan(0)
  })
})
