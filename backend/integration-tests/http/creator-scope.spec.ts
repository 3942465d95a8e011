import { existsSync, readdirSync, readFileSync, statSync } from "node:fs"
import path from "node:path"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import sharp from "sharp"
import { bearer, loginCreator, registerCreator, signUpShop } from "../utils/actors"
import { setUpMarketplace } from "../utils/marketplace"
import { shippingZone } from "../utils/shipping"
import { medusaSuite } from "../utils/medusa-suite"

/**
 * Every /creator route, discovered from the plugins' route files, called by shop A's owner
 * with shop B's ids (or, for routes without ids, with B's shop header) must answer 404 and
 * leave B untouched. A new route is covered automatically; a new kind of id fails this test
 * until it says which of B's ids to use. Routes of every plugin that serves /creator are included.
 */
const PLUGINS = path.resolve(__dirname, "../../../plugins")
const API_DIRS = readdirSync(PLUGINS)
  .map((plugin) => path.join(PLUGINS, plugin, "src/api/creator"))
  .filter((dir) => existsSync(dir))

/** Routes that are not about one shop's data, and why. */
const UNSCOPED: Record<string, string> = {
  "POST /creator/signup": "opens a new shop for the caller",
  "POST /creator/invites/accept": "scoped by the signed invite token",
  "GET /creator/me": "the caller's own member record and shops",
}

type Route = { method: string; path: string }

function creatorRoutes(): Route[] {
  return API_DIRS.flatMap((dir) => routesIn(dir, "/creator"))
}

function routesIn(dir: string, prefix: string): Route[] {
  return readdirSync(dir).flatMap((entry) => {
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) return routesIn(full, `${prefix}/${entry.replace(/^\[(.+)\]$/, ":$1")}`)
    if (entry !== "route.ts") return []
    const methods = [...readFileSync(full, "utf8").matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)].map((m) => m[1])
    return methods.map((method) => ({ method, path: prefix }))
  })
}

medusaSuite("creator_scope", ({ api, getContainer }) => {
  const prices = [{ currency_code: "azn", amount: 10 }]
  let a: Awaited<ReturnType<typeof signUpShop>>
  let b: Awaited<ReturnType<typeof signUpShop>>
  const bIds: Record<string, string> = {}

  beforeAll(async () => {
    const market = await setUpMarketplace(getContainer())
    await shippingZone(getContainer(), market.locationId)
    a = await signUpShop(api, "a@example.az", { handle: "shop-a" })
    b = await signUpShop(api, "b@example.az", { handle: "shop-b" })
    const { data } = await api.post(
      "/creator/products",
      { kind: "digital", title: "B pack", variants: [{ title: "Personal", prices }] },
      b.headers,
    )
    bIds.id = data.product.id
    bIds.variant_id = data.product.variants[0].id
    const image = await sharp({ create: { width: 8, height: 8, channels: 3, background: "#000" } })
      .png()
      .toBuffer()
    const form = new FormData()
    form.append("files", new Blob([image]), "b.png")
    bIds.image_id = (await api.post(`/creator/products/${bIds.id}/images`, form, b.headers)).data.product.images[0].id
    const files = new FormData()
    files.append("files", new Blob([Buffer.from("%PDF-1.4")]), "b.pdf")
    bIds.file_id = (await api.post(`/creator/products/${bIds.id}/files`, files, b.headers)).data.files[0].id
    await api.post(`/creator/products/${bIds.id}/export-profile`, { hs_code: "490199", origin_country: "AZ" }, b.headers)
    const certificate = new FormData()
    certificate.append("file", new Blob([Buffer.from("%PDF-1.4")]), "certificate.pdf")
    await api.post(`/creator/products/${bIds.id}/export-profile/certificate`, certificate, b.headers)
    bIds.invite_id = (await api.post("/creator/invites", { email: "staff-b@example.az" }, b.headers)).data.invite.id
    await api.post("/creator/invites", { email: "staff-b2@example.az" }, b.headers)
    const [notification] = await getContainer()
      .resolve(Modules.NOTIFICATION)
      .listNotifications({ template: "creator-invite", to: "staff-b2@example.az" })
    const token = new URL(notification.data.accept_url).searchParams.get("token")
    await api.post("/creator/invites/accept", { token }, bearer(await registerCreator(api, "staff-b2@example.az")))
    const { data: team } = await api.get("/creator/members", b.headers)
    bIds.member_id = team.members.find((m: any) => m.email === "staff-b2@example.az").id
    // and A has a product of its own, for nested ids (A's product, B's variant)
    bIds.own_product = (
      await api.post("/creator/products", { kind: "digital", title: "A pack", variants: [{ title: "Personal", prices }] }, a.headers)
    ).data.product.id
    await loginCreator(api, "staff-b2@example.az")
    // bookings: B's studio with an exception, and a studio of A's own (for nested ids)
    bIds.resource_id = (await api.post("/creator/resources", { name: "B studio" }, b.headers)).data.resource.id
    bIds.exception_id = (
      await api.post(`/creator/resources/${bIds.resource_id}/exceptions`, { date: "2030-01-01", kind: "closed" }, b.headers)
    ).data.exception.id
    bIds.own_resource = (await api.post("/creator/resources", { name: "A studio" }, a.headers)).data.resource.id
    // and B has an order (written directly: this file is about scope, not checkout)
    const order = await getContainer()
      .resolve(Modules.ORDER)
      .createOrders({ currency_code: "azn", email: "buyer@example.az", items: [{ title: "B pack", quantity: 1, unit_price: 10 }] })
    await getContainer()
      .resolve(ContainerRegistrationKeys.LINK)
      .create({ creator: { creator_id: b.creator.id }, [Modules.ORDER]: { order_id: order.id } })
    bIds.order_id = order.id
    const payout = await getContainer()
      .resolve("marketplace_order")
      .createCreatorPayouts({ creator_id: b.creator.id, currency_code: "azn", amount: 10 })
    bIds.payout_id = payout.id
    bIds.shipping_option_id = (
      await api.post("/creator/shipping-options", { name: "B courier", prices: { azn: 5 } }, b.headers)
    ).data.shipping_option.id
  })

  /** Which of B's ids fills each path parameter. */
  function idFor(route: Route, param: string): string {
    if (param === "id" && route.path.startsWith("/creator/members/")) return bIds.member_id
    if (param === "id" && route.path.startsWith("/creator/invites/")) return bIds.invite_id
    if (param === "id" && route.path.startsWith("/creator/resources/")) return bIds.resource_id
    if (param === "id" && route.path.startsWith("/creator/orders/")) return bIds.order_id
    if (param === "id" && route.path.startsWith("/creator/payouts/")) return bIds.payout_id
    if (param === "id" && route.path.startsWith("/creator/shipping-options/")) return bIds.shipping_option_id
    const id = bIds[param]
    if (!id) throw new Error(`${route.method} ${route.path}: no id of shop B for :${param} — add it to creator-scope.spec.ts`)
    return id
  }

  async function snapshotOfB() {
    const certificate = await api.get(`/creator/products/${bIds.id}/export-profile/certificate`, b.headers)
    const [product, files, members, invites, shop, exportProfile, resources, order, payouts, shippingOptions] = await Promise.all([
      api.get(`/creator/products/${bIds.id}`, b.headers),
      api.get(`/creator/products/${bIds.id}/files`, b.headers),
      api.get("/creator/members", b.headers),
      api.get("/creator/invites", b.headers),
      api.get("/creator/shop", b.headers),
      api.get(`/creator/products/${bIds.id}/export-profile`, b.headers),
      api.get("/creator/resources", b.headers),
      api.get(`/creator/orders/${bIds.order_id}`, b.headers),
      api.get("/creator/payouts", b.headers),
      api.get("/creator/shipping-options", b.headers),
    ])
    return JSON.stringify([
      certificate.data,
      product.data,
      files.data,
      members.data,
      invites.data,
      shop.data,
      exportProfile.data,
      resources.data,
      order.data,
      payouts.data,
      shippingOptions.data,
    ])
  }

  it("finds the creator routes to check", () => {
    const routes = creatorRoutes()
    expect(routes.length).toBeGreaterThan(15)
    expect(routes).toContainEqual({ method: "DELETE", path: "/creator/products/:id" })
    expect(routes).toContainEqual({ method: "POST", path: "/creator/products/:id/export-profile" })
    expect(routes).toContainEqual({ method: "GET", path: "/creator/products/:id/readiness" })
    for (const method of ["GET", "POST", "DELETE"])
      expect(routes).toContainEqual({ method, path: "/creator/products/:id/export-profile/certificate" })
    expect(routes).toContainEqual({ method: "DELETE", path: "/creator/resources/:id/exceptions/:exception_id" })
    expect(routes).toContainEqual({ method: "GET", path: "/creator/bookings" })
    expect(routes).toContainEqual({ method: "POST", path: "/creator/orders/:id/fulfillments" })
    expect(routes).toContainEqual({ method: "GET", path: "/creator/payouts/:id" })
    expect(routes).toContainEqual({ method: "DELETE", path: "/creator/shipping-options/:id" })
  })

  it("every creator route refuses shop A's member shop B's data with a 404 and changes nothing", async () => {
    const before = await snapshotOfB()
    const checked: string[] = []
    for (const route of creatorRoutes()) {
      const key = `${route.method} ${route.path}`
      if (UNSCOPED[key]) continue
      const params = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1])
      const attempts: { url: string; headers: Record<string, string> }[] = []
      if (params.length) {
        attempts.push({ url: route.path.replace(/:(\w+)/g, (_, p) => idFor(route, p)), headers: a.headers.headers })
        // A's own product with B's nested ids
        if (params.length > 1 && params[0] === "id") {
          attempts.push({
            url: route.path.replace(/:(\w+)/g, (_, p) =>
              p === "id" ? (route.path.startsWith("/creator/resources/") ? bIds.own_resource : bIds.own_product) : idFor(route, p),
            ),
            headers: a.headers.headers,
          })
        }
      } else {
        attempts.push({ url: route.path, headers: { ...a.headers.headers, "x-creator-id": b.creator.id } })
      }
      for (const attempt of attempts) {
        const response = await api.request({
          method: route.method,
          url: attempt.url,
          data: {},
          headers: attempt.headers,
          validateStatus: () => true,
        })
        expect([key, attempt.url, response.status]).toEqual([key, attempt.url, 404])
        checked.push(`${key} -> ${attempt.url}`)
      }
    }
    expect(checked.length).toBeGreaterThan(15)
    expect(await snapshotOfB()).toEqual(before)
  })

  it("lists only the caller's own shop's products", async () => {
    const { data } = await api.get("/creator/products", a.headers)
    expect(data.products.map((p: any) => p.id)).toEqual([bIds.own_product])
  })
})
