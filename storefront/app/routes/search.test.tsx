import { createRoutesStub } from "react-router"
import { describe, expect, it } from "vitest"
import { byText, mount } from "~/test/dom"
import Search from "./search"

describe("the search page", () => {
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
    const container = await mount(<Stub initialEntries={["/en/search?q=xalca&kind=physical&sort=newest"]} />, "#results-heading")
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
    const container = await mount(<Stub initialEntries={["/az/search?export=DE"]} />, "#results-heading")
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
})
