import { createRoutesStub } from "react-router"
import { describe, expect, it } from "vitest"
import type { Product } from "~/lib/studio/types"
import { mount, unmount } from "~/test/studio-stub"
import { VariantsSection } from "./product-sections"

const product = {
  id: "prod_1",
  title: "Prayer rug",
  variants: [
    {
      id: "variant_1",
      title: "Small",
      sku: null,
      weight: null,
      manage_inventory: false,
      prices: [
        { currency_code: "azn", amount: 100 },
        { currency_code: "eur", amount: 12.5 },
      ],
    },
  ],
} as Product

/** The variants section of a listing made without options: the backend named its option "Package". */
async function serviceOptions(locale: string, title = "Package") {
  const service = {
    ...product,
    options: [{ id: "opt_1", title, values: [{ value: "Small" }] }],
    variants: product.variants!.map((v) => ({ ...v, options: [{ value: "Small", option: { title } }] })),
  } as Product
  const Stub = createRoutesStub([
    { path: "/:locale/studio/products/:id", Component: () => <VariantsSection product={service} kind="service" /> },
  ])
  const page = await mount(<Stub initialEntries={[`/${locale}/studio/products/prod_1`]} />, "summary")
  return { options: page.querySelector("section > p")?.textContent, label: page.querySelector('label[for="f-opt-0"]')?.textContent }
}

/** The variant's summary line on the studio's product page, in `locale`. */
async function variantSummary(locale: string) {
  const Stub = createRoutesStub([
    { path: "/:locale/studio/products/:id", Component: () => <VariantsSection product={product} kind="digital" /> },
  ])
  const page = await mount(<Stub initialEntries={[`/${locale}/studio/products/prod_1`]} />, "summary")
  return page.querySelector("summary span")?.textContent
}

describe("the studio's product page", () => {
  it("writes a variant's prices in the reader's number format, as the rest of the studio does", async () => {
    expect(await variantSummary("az")).toBe("100,00\u00a0AZN · 12,50\u00a0€")
    unmount()
    expect(await variantSummary("en")).toBe("AZN 100.00 · €12.50")
  })

  it("names the option a listing got by default in the reader's language, and an option its creator named as written", async () => {
    expect(await serviceOptions("az")).toMatchObject({ options: "Seçimlər: Paket (Small)", label: expect.stringContaining("Paket") })
    unmount()
    expect(await serviceOptions("ru")).toMatchObject({ options: "Опции: Пакет (Small)", label: expect.stringContaining("Пакет") })
    unmount()
    expect(await serviceOptions("az", "Müddət")).toMatchObject({
      options: "Seçimlər: Müddət (Small)",
      label: expect.stringContaining("Müddət"),
    })
  })
})
