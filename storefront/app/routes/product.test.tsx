import { createRoutesStub } from "react-router"
import { describe, expect, it } from "vitest"
import type { Product } from "~/lib/types"
import { byText, mount, unmount } from "~/test/dom"
import ProductPage from "./product"

const carpet: Product = {
  id: "prod_1",
  title: "Quba xalçası",
  handle: "quba-carpet",
  description: "Əl ilə toxunmuş.",
  thumbnail: null,
  images: [],
  options: [
    {
      id: "opt_1",
      title: "Ölçü",
      values: [
        { id: "v1", value: "1×1.5 m" },
        { id: "v2", value: "2×3 m" },
      ],
    },
  ],
  variants: [
    {
      id: "variant_1",
      title: "1×1.5 m",
      options: [{ id: "v1", value: "1×1.5 m", option_id: "opt_1" }],
      calculated_price: { calculated_amount: 2900, currency_code: "azn" },
    },
    {
      id: "variant_2",
      title: "2×3 m",
      options: [{ id: "v2", value: "2×3 m", option_id: "opt_1" }],
      calculated_price: { calculated_amount: 4800, currency_code: "azn" },
    },
  ],
  listing: { kind: "physical" },
  creator: { id: "cr_1", handle: "quba-house", name: "Quba Xalça Evi" },
}

describe("the product page", () => {
  it("the product page shows the selected variant's price, and its JSON-LD offer carries the same price and currency", async () => {
    const jsonLd = { "@type": "Product", offers: { price: "4800.00", priceCurrency: "AZN" } }
    const Stub = createRoutesStub([
      {
        path: "/:locale/products/:handle",
        Component: ProductPage as never,
        loader: () => ({ product: carpet, variantId: "variant_2", jsonLd, meta: null }),
      },
    ])
    const container = await mount(<Stub initialEntries={["/az/products/quba-carpet?variant=variant_2"]} />, '[data-testid="price"]')
    const price = container.querySelector('[data-testid="price"]')!
    expect(price.textContent?.replace(/\D/g, "")).toBe("480000")
    const data = JSON.parse(container.querySelector('script[type="application/ld+json"]')!.textContent!)
    expect(data.offers).toEqual({ price: "4800.00", priceCurrency: "AZN" })
    expect(byText(container, "a", "2×3 m")!.getAttribute("aria-current")).toBe("true")
    expect(byText(container, "a", "1×1.5 m")!.getAttribute("href")).toContain("variant=variant_1")
    expect(byText(container, "a", "Quba Xalça Evi tərəfindən")!.getAttribute("href")).toBe("/az/creators/quba-house")
  })

  it("a product not priced in the chosen currency says so and where to switch, not that it is out of stock", async () => {
    const aznOnly = { ...carpet, variants: carpet.variants!.map((v) => ({ ...v, calculated_price: null })) } as Product
    const page = async (locale: string) => {
      const Stub = createRoutesStub([
        {
          path: "/:locale/products/:handle",
          Component: ProductPage as never,
          loader: () => ({ product: aznOnly, variantId: "variant_1", jsonLd: {}, meta: null, currency: "eur" }),
        },
      ])
      const container = await mount(<Stub initialEntries={[`/${locale}/products/quba-carpet`]} />, '[data-testid="price"]')
      const button = container.querySelector<HTMLButtonElement>('button[type="submit"]')!
      const texts = [container.querySelector('[data-testid="price"]')!.textContent, button.textContent, button.disabled]
      unmount()
      container.remove()
      return texts
    }
    expect(await page("en")).toEqual(["Not sold in EUR", "Add to cart", true])
    expect(await page("az")).toEqual(["EUR ilə satılmır", "Səbətə əlavə et", true])
    expect(await page("ru")).toEqual(["Не продаётся в EUR", "В корзину", true])
  })
})
