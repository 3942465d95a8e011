import sharp from "sharp"
import { operator, signUpShop } from "../utils/actors"
import { multipart } from "../utils/listings"
import { setUpMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"
import { ok } from "../utils/http"

medusaSuite("export_profile", ({ api, getContainer }) => {
  const prices = [{ currency_code: "azn", amount: 120 }]
  let shop: Awaited<ReturnType<typeof signUpShop>>
  let other: Awaited<ReturnType<typeof signUpShop>>
  let productId: string
  let variantIds: string[]

  beforeAll(async () => {
    await setUpMarketplace(getContainer())
    shop = await signUpShop(api, "carpets@example.az", { handle: "carpets" })
    other = await signUpShop(api, "other@example.az", { handle: "other" })
    const { data } = await api.post(
      "/creator/products",
      {
        kind: "physical",
        title: "Quba carpet",
        variants: [
          { title: "Small", prices },
          { title: "Large", prices },
        ],
      },
      shop.headers,
    )
    productId = data.product.id
    variantIds = data.product.variants.map((v: any) => v.id)
  })

  it("a new product has no export profile until the creator writes one", async () => {
    const { data } = await api.get(`/creator/products/${productId}/export-profile`, shop.headers)
    expect(data.export_profile).toBeNull()
  })

  it("a creator writes the profile of their product, with per-variant weights, and reads it back", async () => {
    const body = {
      hs_code: "570110",
      origin_country: "az",
      weight_g: 4200,
      length_mm: 2000,
      width_mm: 1200,
      height_mm: 12,
      materials: ["wool"],
      customs_description: "Hand-knotted wool carpet",
      production_year: 2021,
      maker: "Aynur Məmmədova",
      cultural_certificate_date: "2024-05-31",
      incoterm: "DAP",
      variants: [{ variant_id: variantIds[1], weight_g: 9000, gtin: "4006381333931" }],
    }
    const { data } = await api.post(`/creator/products/${productId}/export-profile`, body, shop.headers)
    expect(data.export_profile).toMatchObject({
      hs_code: "570110",
      origin_country: "AZ",
      weight_g: 4200,
      incoterm: "DAP",
      hs_edition: "HS2022",
    })
    expect(data.export_profile.variants).toEqual([expect.objectContaining({ variant_id: variantIds[1], weight_g: 9000 })])

    // a second write changes only what it sends
    await api.post(
      `/creator/products/${productId}/export-profile`,
      { weight_g: 4300, variants: [{ variant_id: variantIds[1], weight_g: 9100 }] },
      shop.headers,
    )
    const { data: again } = await api.get(`/creator/products/${productId}/export-profile`, shop.headers)
    expect(again.export_profile).toMatchObject({ hs_code: "570110", weight_g: 4300, materials: ["wool"] })
    expect(again.export_profile.variants).toEqual([
      expect.objectContaining({ variant_id: variantIds[1], weight_g: 9100, gtin: "4006381333931" }),
    ])
  })

  it.each([
    [{ hs_code: "999998" }, "hs_code"],
    [{ hs_code: "5701" }, "hs_code"],
    [{ gtin: "4006381333932" }, "gtin"],
    [{ gtin: "2000000000008" }, "gtin"],
    [{ origin_country: "XX" }, "origin_country"],
    [{ production_year: new Date().getFullYear() + 1 }, "production_year"],
    [{ weight_g: -1 }, "weight_g"],
    [{ customs_description: "A very long customs description that goes past fifty" }, "customs_description"],
  ])("bad input %j answers 400 naming %s and writes nothing", async (body, field) => {
    const response = await api.post(`/creator/products/${productId}/export-profile`, body, { ...shop.headers, ...ok })
    expect(response.status).toBe(400)
    expect(response.data.message).toMatch(new RegExp(`^${field}: `))
    const { data } = await api.get(`/creator/products/${productId}/export-profile`, shop.headers)
    expect(data.export_profile).toBeNull()
  })

  it("a variant of another product is refused with 400 and nothing is written", async () => {
    const { data: mine } = await api.post(
      "/creator/products",
      { kind: "physical", title: "Other", variants: [{ title: "One", prices }] },
      shop.headers,
    )
    const response = await api.post(
      `/creator/products/${productId}/export-profile`,
      { hs_code: "570110", variants: [{ variant_id: mine.product.variants[0].id, weight_g: 1 }] },
      { ...shop.headers, ...ok },
    )
    expect(response.status).toBe(400)
    expect(response.data.message).toMatch(/^variants: /)
    expect((await api.get(`/creator/products/${productId}/export-profile`, shop.headers)).data.export_profile).toBeNull()
  })

  it("another shop cannot read or write the profile (404)", async () => {
    expect((await api.get(`/creator/products/${productId}/export-profile`, { ...other.headers, ...ok })).status).toBe(404)
    expect((await api.post(`/creator/products/${productId}/export-profile`, { weight_g: 1 }, { ...other.headers, ...ok })).status).toBe(404)
  })

  it("an operator reads and edits any product's profile in the Admin API", async () => {
    const admin = await operator(api, getContainer())
    await api.post(`/creator/products/${productId}/export-profile`, { hs_code: "570110" }, shop.headers)
    const { data } = await api.post(
      `/admin/products/${productId}/export-profile`,
      { dangerous_goods: true, un_number: "UN1263", dg_class: "3" },
      admin,
    )
    expect(data.export_profile).toMatchObject({ hs_code: "570110", dangerous_goods: true, un_number: "UN1263" })
    expect((await api.get("/admin/products/prod_missing/export-profile", { ...admin, ...ok })).status).toBe(404)
    expect((await api.get(`/admin/products/${productId}/export-profile`, { ...shop.headers, ...ok })).status).toBe(401)
  })

  it("readiness lists, per partner market, every reason with its field in az/en/ru until the creator fixes them", async () => {
    const admin = await operator(api, getContainer())
    const partner = { format: "google-xml", market_country: "DE", language: "en", currency: "eur", allowed_kinds: ["physical"] }
    await api.post("/admin/export-partners", { name: "Google DE", ...partner }, admin)
    await api.post(
      "/admin/export-partners",
      { name: "Trade desk US", ...partner, format: "json", market_country: "US", currency: "usd", postal: false },
      admin,
    )
    const small = await sharp({ create: { width: 300, height: 300, channels: 3, background: "#a33" } })
      .png()
      .toBuffer()
    const { data: withSmall } = await api.post(
      `/creator/products/${productId}/images`,
      multipart([{ name: "small.png", content: small }]),
      shop.headers,
    )
    const smallId = withSmall.product.images[0].id

    const { data } = await api.get(`/creator/products/${productId}/readiness`, shop.headers)
    const google = data.readiness.markets.find((m: any) => m.partner_name === "Google DE")
    expect(google).toMatchObject({ ready: false, market_country: "DE", currency: "eur" })
    expect(google.reasons.map((r: any) => `${r.code}@${r.field}`).sort()).toEqual([
      "hs_missing@hs_code",
      "image_too_small@images",
      "origin_missing@origin_country",
      "price_missing@prices",
    ])
    expect(google.reasons[0].message).toEqual({ az: expect.any(String), en: expect.any(String), ru: expect.any(String) })
    const json = data.readiness.markets.find((m: any) => m.partner_name === "Trade desk US")
    expect(json.reasons.map((r: any) => r.code).sort()).toEqual(["hs_missing", "origin_missing", "price_missing"])

    await api.post(`/creator/products/${productId}/export-profile`, { hs_code: "570110", origin_country: "AZ" }, shop.headers)
    const big = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#3a3" } })
      .png()
      .toBuffer()
    await api.post(`/creator/products/${productId}/images`, multipart([{ name: "big.png", content: big }]), shop.headers)
    await api.delete(`/creator/products/${productId}/images/${smallId}`, shop.headers)
    for (const variant of variantIds) {
      await api.post(
        `/creator/products/${productId}/variants/${variant}`,
        { prices: [...prices, { currency_code: "eur", amount: 65 }, { currency_code: "usd", amount: 70 }] },
        shop.headers,
      )
    }
    const { data: after } = await api.get(`/creator/products/${productId}/readiness`, shop.headers)
    expect(after.readiness.markets.map((m: any) => [m.partner_name, m.ready, m.score, m.reasons])).toEqual([
      ["Google DE", true, 100, []],
      ["Trade desk US", true, 100, []],
    ])
  })
})
