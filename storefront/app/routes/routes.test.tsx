import { act, type ReactElement } from "react"
import { createRoot, type Root } from "react-dom/client"
import { createRoutesStub } from "react-router"
import { afterEach, describe, expect, it } from "vitest"
import { BookingList } from "~/components/booking-list"
import { ErrorPage } from "~/components/error-page"
import type { Cart, LineItem, Product } from "~/lib/types"
import CartPage from "./cart"
import Confirmation from "./confirmation"
import ProductPage from "./product"
import Search from "./search"

;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
let root: Root | null = null

afterEach(() => {
  act(() => root?.unmount())
  document.body.innerHTML = ""
})

/** Renders into the document and waits until `ready` finds something (the stub's loader is async). */
async function render(element: ReactElement, ready: string) {
  const container = document.createElement("div")
  document.body.append(container)
  root = createRoot(container)
  await act(async () => root!.render(element))
  for (let i = 0; i < 50 && !container.querySelector(ready); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
  return container
}

const byText = (container: HTMLElement, selector: string, text: RegExp | string) =>
  [...container.querySelectorAll<HTMLElement>(selector)].find((el) =>
    typeof text === "string" ? el.textContent === text : text.test(el.textContent ?? ""),
  )

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

describe("route modules", () => {
  it("the product page shows the selected variant's price, and its JSON-LD offer carries the same price and currency", async () => {
    const jsonLd = { "@type": "Product", offers: { price: "4800.00", priceCurrency: "AZN" } }
    const Stub = createRoutesStub([
      {
        path: "/:locale/products/:handle",
        Component: ProductPage as never,
        loader: () => ({ product: carpet, variantId: "variant_2", jsonLd, meta: null }),
      },
    ])
    const container = await render(<Stub initialEntries={["/az/products/quba-carpet?variant=variant_2"]} />, '[data-testid="price"]')
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
      const container = await render(<Stub initialEntries={[`/${locale}/products/quba-carpet`]} />, '[data-testid="price"]')
      const button = container.querySelector<HTMLButtonElement>('button[type="submit"]')!
      const texts = [container.querySelector('[data-testid="price"]')!.textContent, button.textContent, button.disabled]
      act(() => root?.unmount())
      container.remove()
      return texts
    }
    expect(await page("en")).toEqual(["Not sold in EUR", "Add to cart", true])
    expect(await page("az")).toEqual(["EUR ilə satılmır", "Səbətə əlavə et", true])
    expect(await page("ru")).toEqual(["Не продаётся в EUR", "В корзину", true])
  })

  it("the search page is a GET form: results, ticked facets and sort come from the URL's state", async () => {
    const loaderData = {
      meta: null,
      state: {
        q: "xalca",
        kind: ["physical"],
        programme: [],
        category: [],
        creator: [],
        origin: [],
        export: [],
        min: null,
        max: null,
        sort: "newest",
        page: 1,
      },
      products: [
        {
          id: "p1",
          handle: "quba-carpet",
          title: "Quba carpet",
          thumbnail: null,
          kind: "physical",
          creatorName: "Quba",
          price: { amount: 900, currency: "azn" },
        },
      ],
      count: 1,
      pages: 1,
      facets: {
        kind: [
          { value: "physical", label: "Physical goods", count: 1, selected: true },
          { value: "digital", label: "Digital goods", count: 4, selected: false },
        ],
        programme: [],
        category: [],
        creator: [],
        origin: [],
        export: [],
        price: { min: 10, max: 2900 },
      },
    }
    const Stub = createRoutesStub([{ path: "/:locale/search", Component: Search as never, loader: () => loaderData }])
    const container = await render(<Stub initialEntries={["/en/search?q=xalca&kind=physical&sort=newest"]} />, "#results-heading")
    expect(container.querySelector("#results-heading")!.textContent).toBe("1 results for “xalca”")
    expect(container.querySelector<HTMLInputElement>('input[name="kind"][value="physical"]')!.checked).toBe(true)
    expect(container.querySelector<HTMLInputElement>('input[name="kind"][value="digital"]')!.checked).toBe(false)
    expect(container.querySelector<HTMLSelectElement>("#sort")!.value).toBe("newest")
    expect(container.querySelector('label[for="sort"]')!.textContent).toBe("Sort by")
    expect(container.querySelector("form")!.getAttribute("method")).toBe("get")
    expect(byText(container, "a", /Quba carpet/)!.getAttribute("href")).toBe("/en/products/quba-carpet")
  })

  it("the search page offers an export-ready facet per market, ticked from the URL and submitted as `export`", async () => {
    const loaderData = {
      meta: null,
      state: {
        q: "",
        kind: [],
        programme: [],
        category: [],
        creator: [],
        origin: [],
        export: ["DE"],
        min: null,
        max: null,
        sort: "relevance",
        page: 1,
      },
      products: [],
      count: 0,
      pages: 1,
      facets: {
        kind: [],
        programme: [],
        category: [],
        creator: [],
        origin: [],
        export: [
          { value: "DE", label: "Almaniya", count: 3, selected: true },
          { value: "US", label: "Amerika Birləşmiş Ştatları", count: 5, selected: false },
        ],
        price: null,
      },
    }
    const Stub = createRoutesStub([{ path: "/:locale/search", Component: Search as never, loader: () => loaderData }])
    const container = await render(<Stub initialEntries={["/az/search?export=DE"]} />, "#results-heading")
    const legend = byText(container, "legend", "İxraca hazır")!
    const boxes = [...legend.parentElement!.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
    expect(boxes.map((box) => [box.name, box.value, box.checked])).toEqual([
      ["export", "DE", true],
      ["export", "US", false],
    ])
    expect(legend.parentElement!.textContent).toContain("Almaniya")
    // without JavaScript the form still submits the boxes with its button
    expect(container.querySelector("noscript")).not.toBeNull()
  })

  it("a booking made inside the shop's cancellation window offers no deadline in the past, only that it cannot change", async () => {
    const booking = {
      id: "bk_1",
      status: "confirmed" as const,
      product_id: "prod_1",
      variant_id: "variant_1",
      starts_at: "2026-12-07T07:00:00Z",
      ends_at: "2026-12-07T08:00:00Z",
      resource: { name: "Sound studio", timezone: "Asia/Baku" },
      changeable_until: "2026-12-06T07:00:00Z",
      ics_url: "http://backend.test/bookings/bk_1/ics",
      reschedule: "/en/orders/order_1/bookings/bk_1/reschedule",
    }
    const Stub = createRoutesStub([
      {
        path: "/:locale/orders/:id",
        Component: () => (
          <>
            <BookingList bookings={[{ ...booking, cancellable: false }]} />
            <BookingList bookings={[{ ...booking, id: "bk_2", cancellable: true }]} />
          </>
        ),
      },
    ])
    const container = await render(<Stub initialEntries={["/en/orders/order_1"]} />, '[data-testid="booking"]')
    const [closed, open] = [...container.querySelectorAll('[data-testid="booking"]')].map((item) => item.textContent ?? "")
    expect(closed).toContain("can no longer be cancelled")
    expect(closed).not.toContain("until")
    expect(open).toContain("You can cancel or move it until 6 December 2026")
  })

  it("a purchase shows which creator's order was cancelled, a line's refunded units and what came back", async () => {
    const line = (id: string, title: string, total: number, quantity = 1) => ({ id, title, quantity, total, unit_price: total / quantity })
    const order = (id: string, status: string, name: string, items: ReturnType<typeof line>[], extra = {}) => ({
      id,
      display_id: 1,
      email: "buyer@example.az",
      currency_code: "azn",
      status,
      created_at: "2026-12-07T07:00:00Z",
      total: items.reduce((sum, i) => sum + i.total, 0),
      items,
      creator: { id: `cr_${id}`, handle: name.toLowerCase(), name },
      ...extra,
    })
    const group = {
      id: "og_1",
      display_id: 7,
      email: "buyer@example.az",
      currency_code: "azn",
      status: "placed",
      created_at: "2026-12-07T07:00:00Z",
      total: 110,
      refunded_total: 70,
      orders: [
        order("o1", "canceled", "Carpets", [line("l1", "Copper bowl", 40, 2)], {
          refunded_total: 40,
          refunded_lines: { l1: { quantity: 2, amount: 40 } },
        }),
        order("o2", "pending", "Sounds", [line("l2", "Sample pack", 30), line("l3", "Kamancha one-shots", 40)], {
          refunded_total: 30,
          refunded_lines: { l2: { quantity: 1, amount: 30 } },
        }),
      ],
    }
    const loaderData = { title: "", bookings: [], group, downloads: [], signedIn: false, hasDigital: false, hasService: false }
    const Stub = createRoutesStub([{ path: "/:locale/orders/:id", Component: Confirmation as never, loader: () => loaderData }])
    const container = await render(<Stub initialEntries={["/en/orders/og_1?group=1"]} />, '[data-testid="order-number"]')
    const [carpets, sounds] = [...container.querySelectorAll(".card")].map((part) => part.textContent ?? "")
    expect(carpets).toContain("Cancelled")
    expect(carpets).toContain("(2 refunded)")
    expect(sounds).not.toContain("Cancelled")
    expect(sounds).toContain("(1 refunded)")
    const refunded = [...container.querySelectorAll('[data-testid="order-refunded"]')].map((p) => p.textContent)
    expect(refunded).toEqual([expect.stringMatching(/^Refunded .*40/), expect.stringMatching(/^Refunded .*30/)])
    expect(container.querySelector('[data-testid="refunded-total"]')?.textContent).toMatch(/^Refunded to you.*70/)
  })

  it("the cart offers a quantity for goods but not for a download, which is one licence", async () => {
    const line = (id: string, kind: "physical" | "digital") =>
      ({ id, title: id, quantity: 1, total: 20, product_handle: id, product: { id, listing: { kind } } }) as unknown as LineItem
    const cart = {
      id: "cart_1",
      currency_code: "azn",
      total: 40,
      subtotal: 40,
      items: [line("carpet", "physical"), line("font-pack", "digital")],
    }
    const Stub = createRoutesStub([
      {
        path: "/:locale/cart",
        Component: CartPage as never,
        loader: () => ({
          cart: cart as unknown as Cart,
          groups: [{ creator: null, items: cart.items }],
          currencyKept: null,
          title: "Cart",
        }),
      },
    ])
    const container = await render(<Stub initialEntries={["/en/cart"]} />, "li")
    const rows = [...container.querySelectorAll("li")]
    expect(rows.map((row) => [row.querySelector("a")?.textContent, Boolean(row.querySelector('input[name="quantity"]'))])).toEqual([
      ["carpet", true],
      ["font-pack", false],
    ])
    expect(byText(rows[1], "button", "Remove")).toBeDefined()
  })

  it("a missing page is a 404 in the visitor's language", async () => {
    const Stub = createRoutesStub([{ path: "/:locale/*", Component: () => <ErrorPage status={404} /> }])
    const container = await render(<Stub initialEntries={["/ru/creators/nobody"]} />, "h1")
    expect(container.querySelector("h1")!.textContent).toBe("Страница не найдена")
  })
})
