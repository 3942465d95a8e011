import { parse } from "csv-parse/sync"
import { XMLParser, XMLValidator } from "fast-xml-parser"
import { describe, expect, it } from "vitest"
import { GOOGLE_FOOTER, googleHeader, googleItem, xmlText } from "./google-xml"
import { jsonItem } from "./json-item"
import { META_COLUMNS, metaHeader, metaRow } from "./meta-csv"
import { formatPrice, offerLink, productOffers, type Offer } from "./offer"

const context = { storefront_url: "https://shop.example.az", language: "en", currency: "usd", market_country: "US" }

const product = (patch: Record<string, unknown> = {}) => ({
  id: "prod_1",
  handle: "quba-carpet",
  title: 'Quba carpet <red> & "blue"',
  description: "Hand-knotted\u0001 wool carpet, 2 × 1.2 m.",
  updated_at: "2026-12-01T10:00:00Z",
  images: Array.from({ length: 14 }, (_, i) => ({ url: `https://cdn.example.az/carpet-${i}.webp` })),
  categories: [{ handle: "carpets", name: "Carpets" }],
  creator: { id: "cr_1", handle: "aynur carpets!", name: "Aynur Carpets" },
  listing: { kind: "physical" },
  export_profile: {
    gtin: null,
    weight_g: 4200,
    materials: ["wool", "cotton"],
    origin_country: "AZ",
    hs_code: "570110",
    variant_overrides: [{ variant_id: "v2", gtin: "4006381333931", weight_g: 9000 }],
  },
  variants: [
    { id: "v1", title: "Small", prices: [{ amount: 15, currency_code: "usd", price_rules: [] }] },
    {
      id: "v2",
      title: "Large",
      prices: [
        { amount: 120.5, currency_code: "usd", price_rules: [] },
        { amount: 99, currency_code: "usd", price_rules: [{ attribute: "region_id" }] },
      ],
    },
    { id: "v3", title: "AZN only", prices: [{ amount: 30, currency_code: "azn", price_rules: [] }] },
  ],
  ...patch,
})

function googleFeed(offers: Offer[]) {
  return (
    googleHeader({ title: "Creative Market", link: "https://shop.example.az", description: "Export catalogue" }) +
    offers.map(googleItem).join("") +
    GOOGLE_FOOTER
  )
}

describe("offers", () => {
  it("one offer per variant priced in the partner's currency, grouped by product", () => {
    const offers = productOffers(product(), context)
    expect(offers.map((o) => [o.id, o.price, o.item_group_id, o.gtin, o.shipping_weight_g])).toEqual([
      ["v1", 15, "prod_1", null, 4200],
      ["v2", 120.5, "prod_1", "4006381333931", 9000],
    ])
    expect(offers[0].link).toBe("https://shop.example.az/en/products/quba-carpet?variant=v1&country=us")
    expect(offers[0].external_seller_id).toBe("aynur-carpets-")
  })
  it("prices read 15.00 USD", () => {
    expect(formatPrice(15, "USD")).toBe("15.00 USD")
    expect(formatPrice(120.5, "EUR")).toBe("120.50 EUR")
  })
})

describe("Google Merchant RSS 2.0", () => {
  const xml = googleFeed(productOffers(product(), context))
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["item", "g:additional_image_link"].includes(name) }).parse(
    xml,
  )

  it("is well-formed XML with the g: namespace", () => {
    expect(XMLValidator.validate(xml)).toBe(true)
    expect(parsed.rss["@_version"]).toBe("2.0")
    expect(parsed.rss["@_xmlns:g"]).toBe("http://base.google.com/ns/1.0")
  })

  it("every item has the required attributes with Google's names and enum spellings", () => {
    for (const item of parsed.rss.channel.item) {
      for (const name of [
        "id",
        "title",
        "description",
        "link",
        "image_link",
        "availability",
        "price",
        "condition",
        "brand",
        "external_seller_id",
        "ships_from_country",
      ]) {
        expect(item[`g:${name}`], name).toBeDefined()
      }
      expect(["in_stock", "out_of_stock", "preorder", "backorder"]).toContain(item["g:availability"])
      expect(item["g:condition"]).toBe("new")
      expect(item["g:price"]).toMatch(/^\d+\.\d{2} USD$/)
      expect(item["g:ships_from_country"]).toBe("AZ")
      expect(item["g:brand"]).toBe("Aynur Carpets")
      expect(item["g:item_group_id"]).toBe("prod_1")
    }
  })

  it("repeats additional_image_link at most ten times", () => {
    expect(parsed.rss.channel.item[0]["g:additional_image_link"]).toHaveLength(10)
  })

  it("says identifier_exists=no without a GTIN, and sends the GTIN when there is one", () => {
    const [small, large] = parsed.rss.channel.item
    expect(small["g:identifier_exists"]).toBe("no")
    expect(small["g:gtin"]).toBeUndefined()
    expect(String(large["g:gtin"])).toBe("4006381333931")
    expect(large["g:identifier_exists"]).toBeUndefined()
    expect(large["g:shipping_weight"]).toBe("9000 g")
  })

  it("escapes markup, drops control characters and enforces Google's limits", () => {
    expect(xml).toContain("Quba carpet &lt;red&gt; &amp; &quot;blue&quot;")
    expect(xml).not.toContain("\u0001")
    const long = googleFeed(productOffers(product({ title: "T".repeat(400), description: "D".repeat(6000) }), context))
    const item = new XMLParser({ isArray: (name) => name === "item" }).parse(long).rss.channel.item[0]
    expect(item["g:title"].length).toBe(150)
    expect(item["g:description"].length).toBe(5000)
  })

  it("omits item_group_id for a product with one variant", () => {
    const single = productOffers(product({ variants: [product().variants[0]] }), context)
    expect(googleItem(single[0])).not.toContain("item_group_id")
  })
})

describe("Meta catalogue CSV", () => {
  const csv = metaHeader() + productOffers(product(), context).map(metaRow).join("")
  const rows: Record<string, string>[] = parse(csv, { columns: true })

  it("parses back as CSV with Meta's columns, spaces in availability and limits", () => {
    expect(Object.keys(rows[0])).toEqual([...META_COLUMNS])
    expect(rows.map((r) => r.availability)).toEqual(["in stock", "in stock"])
    expect(rows[0].price).toBe("15.00 USD")
    expect(rows[0].title).toBe('Quba carpet <red> & "blue" – Small')
    expect(rows[0].additional_image_link.split(",")).toHaveLength(13)
    const long = parse(
      metaHeader() +
        productOffers(product({ title: "T".repeat(400) }), context)
          .map(metaRow)
          .join(""),
      { columns: true },
    )
    expect(long[0].title.length).toBe(200)
  })
})

describe("JSON items", () => {
  it("carries price as a decimal string with its currency and the weight with its unit", () => {
    const item = jsonItem(productOffers(product(), context)[1])
    expect(item.price).toEqual({ amount: "120.50", currency: "USD" })
    expect(item.shipping_weight).toEqual({ value: 9000, unit: "g" })
  })
})

describe("offer links", () => {
  // what the link was built with before it was built by hand: URL and URLSearchParams
  const byUrl = (storefront: string, language: string, handle: string, variant: string, country: string) => {
    const url = new URL(`${storefront.replace(/\/$/, "")}/${language}/products/${encodeURIComponent(handle)}`)
    url.searchParams.set("variant", variant)
    url.searchParams.set("country", country.toLowerCase())
    return url.toString()
  }

  it.each([
    ["https://shop.example.az", "quba-carpet", "variant_01ABC"],
    ["https://shop.example.az/", "xalça şəki", "variant 1!'()*~"],
    ["http://localhost:3000/market/", "ковёр-ручной", "v&x=1#frag"],
    ["https://SHOP.example.az:443/a b", "a/b?c#d", "вариант"],
  ])("equal what URL writes for %s and %s", (storefront, handle, variant) => {
    const link = offerLink({ storefront_url: storefront, language: "az", currency: "azn", market_country: "DE" }, handle, variant)
    expect(link).toBe(byUrl(storefront, "az", handle, variant, "DE"))
  })
})

describe("XML text", () => {
  // the escaping as it was written first: six passes, kept here as the reference
  const reference = (value: string) =>
    value
      .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, "")
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
  const long = "Xalça <b>\"Quba\"</b> & 'Şirvan' ".repeat(20)

  it.each([
    ["plain", "Hand-knotted carpet, 2 × 1.2 m"],
    ["markup", `Tom & Jerry's <rug> "red"`],
    ["control characters", "bell\u0007 tab\t new\nline\u001F end\uFFFE\uFFFF"],
    ["a surrogate pair and lone halves", "rug 🧶 \uD83E and \uDDF6 & more"],
    ["a long text twice", long],
    ["the same long text again", long],
    ["another long text of the same length", long.replace("Quba", "Guba")],
  ])("escapes %s as the six-pass reference does", (_name, value) => {
    expect(xmlText(value)).toBe(reference(value))
  })
})
