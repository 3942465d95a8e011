import { operator, signUpShop } from "../utils/actors"
import { setUpMarketplace } from "../utils/marketplace"
import { medusaSuite } from "../utils/medusa-suite"

medusaSuite("export_profile", ({ api, getContainer }) => {
  const ok = { validateStatus: () => true }
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
})
