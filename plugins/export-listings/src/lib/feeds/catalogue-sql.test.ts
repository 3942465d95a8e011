import { describe, expect, it } from "vitest"
import { productOffers } from "./offer"
import { catalogueProduct } from "./catalogue-sql"
import { knownSizes } from "./scan"

/** A row as the catalogue statement returns it (parallel arrays, no JSON but the profile's materials). */
const row = {
  id: "prod_1",
  handle: "quba-carpet",
  thumbnail: "https://cdn.example/t.jpg",
  thumbnail_width: null,
  thumbnail_height: null,
  updated_at: new Date("2026-12-01T10:00:00Z"),
  title: "Quba carpet",
  description: "Hand-knotted wool.",
  i_url: ["https://cdn.example/1.jpg", "https://cdn.example/2.jpg"],
  i_width: [800, null],
  i_height: [600, null],
  c_handle: ["carpets"],
  c_name: ["Carpets"],
  creator_id: "cr_1",
  creator_handle: "quba-weavers",
  creator_name: "Quba Weavers",
  creator_status: "approved",
  listing_kind: "physical",
  service_date_required: false,
  profile_id: "expf_1",
  hs_code: "570110",
  origin_country: "AZ",
  production_year: null,
  cultural_certificate_number: null,
  cultural_certificate_date: null,
  cultural_certificate_file_id: null,
  dangerous_goods: false,
  gtin: null,
  weight_g: 4200,
  materials: '["wool","cotton"]',
  o_variant: ["variant_b"],
  o_gtin: ["4006381333931"],
  o_weight: [6100],
  // in the order PostgreSQL aggregated them, not by rank
  v_id: ["variant_b", "variant_c", "variant_a"],
  v_rank: [1, 2, 1],
  v_title: ["Large", "Runner", "Small"],
  v_sku: [null, "R-1", "S-1"],
  v_price: ["120", null, "60.5"],
  v_in_stock: [true, true, false],
}

describe("catalogueProduct", () => {
  it("gives the shape query.graph gives: variants by rank then id, prices in the currency, the profile with its overrides", () => {
    const product = catalogueProduct(row, "EUR")
    expect(product.variants.map((v) => v.id)).toEqual(["variant_a", "variant_b", "variant_c"])
    expect(product.variants[0]).toMatchObject({ title: "Small", price: 60.5, in_stock: false })
    expect(product.variants[0].prices).toEqual([{ amount: 60.5, currency_code: "eur", price_rules: [] }])
    expect(product.variants[2].prices).toEqual([])
    expect(product.images).toEqual([
      { url: "https://cdn.example/1.jpg", width: 800, height: 600 },
      { url: "https://cdn.example/2.jpg", width: null, height: null },
    ])
    expect(product.export_profile).toMatchObject({
      materials: ["wool", "cotton"],
      variant_overrides: [{ variant_id: "variant_b", gtin: "4006381333931", weight_g: 6100 }],
    })
    expect(product.creator).toEqual({ id: "cr_1", handle: "quba-weavers", name: "Quba Weavers", status: "approved" })
  })

  it("feeds the offers: one per priced variant, with the variant's override", () => {
    const offers = productOffers(catalogueProduct(row, "eur"), {
      storefront_url: "https://shop.example",
      language: "en",
      currency: "eur",
      market_country: "DE",
    })
    expect(offers.map((o) => [o.id, o.price, o.availability, o.gtin, o.shipping_weight_g])).toEqual([
      ["variant_a", 60.5, "out_of_stock", null, 4200],
      ["variant_b", 120, "in_stock", "4006381333931", 6100],
    ])
    expect(offers[0].material).toBe("wool/cotton")
  })

  it("a product without links, variants, images or categories has empty lists and no profile", () => {
    const bare = catalogueProduct(
      { ...row, i_url: null, c_handle: null, v_id: null, creator_id: null, listing_kind: null, profile_id: null },
      "eur",
    )
    expect(bare).toMatchObject({ images: [], categories: [], variants: [], creator: null, listing: null, export_profile: null })
  })
})

describe("knownSizes", () => {
  it("holds the sizes measured before and leaves the others unknown", () => {
    const sizes = knownSizes([catalogueProduct({ ...row, thumbnail_width: 500, thumbnail_height: 500 }, "eur")])
    expect([...sizes.keys()].sort()).toEqual(["https://cdn.example/1.jpg", "https://cdn.example/t.jpg"])
  })
})
