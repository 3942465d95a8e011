import { Modules } from "@medusajs/framework/utils"
import { bearer, loginCreator, operator, registerCreator, signUpShop } from "../utils/actors"
import { setUpMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"
import { ok } from "../utils/http"

medusaSuite("creator_team", ({ api, getContainer }) => {
  beforeAll(async () => {
    await setUpMarketplace(getContainer())
  })

  async function inviteToken(email: string) {
    const [notification] = await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ template: "creator-invite", to: email })
    return new URL(notification.data.accept_url).searchParams.get("token")!
  }

  it("an owner invites a staff member by e-mail; the signed link makes them a member", async () => {
    const owner = await signUpShop(api, "owner@example.az", { handle: "game-forge", programme: "gametech" })
    const invite = await api.post("/creator/invites", { email: "Artist@Example.az", role: "staff" }, owner.headers)
    expect(invite.status).toBe(201)
    expect(invite.data.invite).toMatchObject({ email: "artist@example.az", role: "staff" })
    expect(JSON.stringify(invite.data)).not.toMatch(/token/)

    const token = await inviteToken("artist@example.az")
    const registration = await registerCreator(api, "artist@example.az")
    const accepted = await api.post("/creator/invites/accept", { token, name: "Artist" }, bearer(registration))
    expect(accepted.data).toMatchObject({ creator_id: owner.creator.id, role: "staff" })

    const staff = bearer(await loginCreator(api, "artist@example.az"))
    const me = await api.get("/creator/me", staff)
    expect(me.data.shops).toEqual([expect.objectContaining({ handle: "game-forge", role: "staff" })])
    const reused = await api.post("/creator/invites/accept", { token }, { ...bearer(registration), ...ok })
    expect(reused.status).toBe(400)
  })

  it("an invite is written in the owner's studio language and its link opens in it; an unknown language is refused", async () => {
    const owner = await signUpShop(api, "polyglot@example.az", { handle: "tar-house", programme: "music" })
    await api.post("/creator/invites", { email: "anna@example.az", role: "staff", locale: "ru" }, owner.headers)
    const [notification] = await getContainer()
      .resolve(Modules.NOTIFICATION)
      .listNotifications({ template: "creator-invite", to: "anna@example.az" })
    expect(notification.data.locale).toBe("ru")
    expect(new URL(notification.data.accept_url).pathname).toBe("/ru/studio/invites/accept")
    const klingon = await api.post("/creator/invites", { email: "worf@example.az", locale: "tlh" }, { ...owner.headers, ...ok })
    expect([klingon.status, klingon.data.message]).toEqual([400, expect.stringMatching(/^locale: /)])
  })

  it("an invite works only for its own address, and not once revoked", async () => {
    const owner = await signUpShop(api, "owner2@example.az", { handle: "font-house", programme: "cultech" })
    const invite = await api.post("/creator/invites", { email: "type@example.az" }, owner.headers)
    const token = await inviteToken("type@example.az")
    const stranger = await registerCreator(api, "stranger@example.az")
    const wrongPerson = await api.post("/creator/invites/accept", { token }, { ...bearer(stranger), ...ok })
    expect(wrongPerson.status).toBe(400)
    expect(wrongPerson.data.message).toMatch(/This invite is for type@example.az/)

    await api.delete(`/creator/invites/${invite.data.invite.id}`, owner.headers)
    const invitee = await registerCreator(api, "type@example.az")
    const revoked = await api.post("/creator/invites/accept", { token }, { ...bearer(invitee), ...ok })
    expect(revoked.status).toBe(400)
    expect(revoked.data.message).toMatch(/invalid or has expired/)
    const garbage = await api.post("/creator/invites/accept", { token: "x".repeat(40) }, { ...bearer(invitee), ...ok })
    expect(garbage.status).toBe(400)
  })

  it("staff cannot do owner-only things; the last owner cannot be removed or demoted", async () => {
    const owner = await signUpShop(api, "owner3@example.az", { handle: "ceramics-lab" })
    await api.post("/creator/invites", { email: "helper@example.az", role: "staff" }, owner.headers)
    const registration = await registerCreator(api, "helper@example.az")
    await api.post("/creator/invites/accept", { token: await inviteToken("helper@example.az") }, bearer(registration))
    const staff = bearer(await loginCreator(api, "helper@example.az"))

    for (const [method, path, body] of [
      ["post", "/creator/invites", { email: "x@example.az" }],
      ["get", "/creator/invites", undefined],
      ["post", "/creator/shop", { name: "Renamed" }],
      ["delete", `/creator/members/${owner.member.id}`, undefined],
      ["post", `/creator/members/${owner.member.id}`, { role: "staff" }],
    ] as const) {
      const response = await (api as any)[method](path, ...(body ? [body] : []), { ...staff, ...ok })
      expect([path, response.status]).toEqual([path, 403])
    }
    // staff may work on listings
    const listing = await api.post(
      "/creator/products",
      { kind: "digital", title: "Glaze recipes", variants: [{ title: "PDF", prices: [{ currency_code: "azn", amount: 9 }] }] },
      staff,
    )
    expect(listing.status).toBe(201)

    const lastOwner = await api.delete(`/creator/members/${owner.member.id}`, { ...owner.headers, ...ok })
    expect(lastOwner.status).toBe(400)
    expect(lastOwner.data.message).toMatch(/last owner/)
    const demote = await api.post(`/creator/members/${owner.member.id}`, { role: "staff" }, { ...owner.headers, ...ok })
    expect(demote.status).toBe(400)

    const { data: team } = await api.get("/creator/members", owner.headers)
    const helper = team.members.find((m: any) => m.email === "helper@example.az")
    await api.post(`/creator/members/${helper.id}`, { role: "owner" }, owner.headers)
    expect((await api.post(`/creator/members/${owner.member.id}`, { role: "staff" }, owner.headers)).status).toBe(200)
    expect((await api.get("/creator/invites", staff)).status).toBe(200)
  })

  it("answers the studio's cross-origin preflight from an allowed origin only", async () => {
    const preflight = (origin: string) =>
      api.request({
        method: "OPTIONS",
        url: "/creator/products",
        headers: { origin, "access-control-request-method": "POST" },
        validateStatus: () => true,
      })
    const allowed = await preflight("http://localhost:3000")
    expect(allowed.status).toBe(204)
    expect(allowed.headers["access-control-allow-origin"]).toBe("http://localhost:3000")
    expect(allowed.headers["access-control-allow-credentials"]).toBe("true")
    const foreign = await preflight("https://evil.example")
    expect(foreign.headers["access-control-allow-origin"]).toBeUndefined()
  })

  it("unauthenticated calls get 401, and bad input names the field and the reason", async () => {
    expect((await api.get("/creator/products", ok)).status).toBe(401)
    expect((await api.post("/creator/signup", {}, ok)).status).toBe(401)
    const registration = await registerCreator(api, "new@example.az")
    const bad = await api.post(
      "/creator/signup",
      { shop: { handle: "Bad Handle!", name: "X", programme: "music", legal_type: "company", email: "new@example.az" } },
      { ...bearer(registration), ...ok },
    )
    expect(bad.status).toBe(400)
    expect(bad.data.message).toMatch(/handle/)
    const company = await api.post(
      "/creator/signup",
      { shop: { handle: "llc-shop", name: "LLC", programme: "music", legal_type: "company", email: "new@example.az" } },
      { ...bearer(registration), ...ok },
    )
    expect(company.status).toBe(400)
    expect(company.data.message).toMatch(/tax_id/)
    const unknown = await api.post(
      "/creator/signup",
      {
        shop: { handle: "ok-shop", name: "OK", programme: "music", legal_type: "individual", email: "new@example.az", status: "approved" },
      },
      { ...bearer(registration), ...ok },
    )
    expect(unknown.status).toBe(400)
    expect(unknown.data.message).toMatch(/status/)
    const taken = await signUpShop(api, "first@example.az", { handle: "taken-handle" })
    const duplicate = await api.post(
      "/creator/signup",
      { shop: { handle: "taken-handle", name: "Again", programme: "music", legal_type: "individual", email: "new@example.az" } },
      { ...bearer(registration), ...ok },
    )
    expect(duplicate.status).toBe(422)
    expect(duplicate.data.message).toMatch(/taken-handle" is taken/)
    expect(taken.creator.handle).toBe("taken-handle")
  })

  it("treats an e-mail address as one person, whatever its case", async () => {
    const owner = await signUpShop(api, "Case@Example.az", { handle: "case-shop" })
    expect(owner.member.email).toBe("case@example.az")
    // a second registration in another case is the same identity, not a way into that member
    const again = await api.post("/auth/creator/emailpass/register", { email: "CASE@example.az", password: "other-password" }, ok)
    expect(again.status).toBeGreaterThanOrEqual(400)
    expect(again.status).toBeLessThan(500)
    const token = await loginCreator(api, "CASE@EXAMPLE.AZ")
    expect((await api.get("/creator/me", bearer(token))).data.shops.map((s: any) => s.handle)).toEqual(["case-shop"])
  })

  it("keeps a company's VÖEN: it cannot be removed, nor a company made without one", async () => {
    const owner = await signUpShop(api, "llc@example.az", { handle: "llc", legal_type: "company", tax_id: "1234567890" })
    const removed = await api.post("/creator/shop", { tax_id: null }, { ...owner.headers, ...ok })
    expect(removed.status).toBe(400)
    expect(removed.data.message).toMatch(/tax_id is required for a company/)
    const solo = await signUpShop(api, "solo@example.az", { handle: "solo" })
    const becomesCompany = await api.post("/creator/shop", { legal_type: "company" }, { ...solo.headers, ...ok })
    expect(becomesCompany.status).toBe(400)
    expect((await api.post("/creator/shop", { legal_type: "company", tax_id: "0987654321" }, solo.headers)).data.creator.legal_type).toBe(
      "company",
    )
  })

  it("operators can switch on auto-approval of new shops", async () => {
    const admin = await operator(api, getContainer())
    await api.post("/admin/marketplace-settings", { auto_approve_creators: true }, admin)
    const shop = await signUpShop(api, "auto@example.az", { handle: "auto-shop" })
    expect(shop.creator.status).toBe("approved")
    const bad = await api.post("/admin/marketplace-settings", { auto_approve_creators: "yes" }, { ...admin, ...ok })
    expect(bad.status).toBe(400)
  })

  it("inviting the same address again re-sends: only the newest link works", async () => {
    const owner = await signUpShop(api, "owner4@example.az", { handle: "clay-works" })
    await api.post("/creator/invites", { email: "potter@example.az" }, owner.headers)
    const first = await inviteToken("potter@example.az")
    await api.post("/creator/invites", { email: "potter@example.az" }, owner.headers)
    const notifications = await getContainer()
      .resolve(Modules.NOTIFICATION)
      .listNotifications({ template: "creator-invite", to: "potter@example.az" }, { order: { created_at: "DESC" } })
    const second = new URL(notifications[0].data!.accept_url as string).searchParams.get("token")!
    expect(second).not.toBe(first)
    const pending = await api.get("/creator/invites", owner.headers)
    expect(pending.data.invites.filter((i: any) => i.email === "potter@example.az")).toHaveLength(1)

    const potter = await registerCreator(api, "potter@example.az")
    const stale = await api.post("/creator/invites/accept", { token: first }, { ...bearer(potter), ...ok })
    expect(stale.status).toBe(400)
    const fresh = await api.post("/creator/invites/accept", { token: second }, bearer(potter))
    expect(fresh.data).toMatchObject({ creator_id: owner.creator.id, role: "staff" })
  })
})
