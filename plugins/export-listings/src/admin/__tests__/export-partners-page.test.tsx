// @vitest-environment happy-dom
import { TooltipProvider } from "@medusajs/ui"
import { QueryClient, QueryClientProvider } from "@tanstack/react-query"
import { act } from "react"
import { createRoot } from "react-dom/client"
import { afterEach, describe, expect, it, vi } from "vitest"

const fetch = vi.hoisted(() => vi.fn())
vi.mock("../lib/sdk", () => ({ sdk: { client: { fetch } } }))

const { default: ExportPartnersPage } = await import("../routes/export-partners/page")

// tells React that state updates are wrapped in act(), as in its own tests
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

function renderPage() {
  const container = document.createElement("div")
  document.body.append(container)
  const root = createRoot(container)
  act(() =>
    root.render(
      <QueryClientProvider client={new QueryClient()}>
        <TooltipProvider>
          <ExportPartnersPage />
        </TooltipProvider>
      </QueryClientProvider>,
    ),
  )
  return container
}

const input = (container: HTMLElement, id: string) => container.querySelector<HTMLInputElement>(`#${id}`)!

function type(element: HTMLInputElement, value: string) {
  // React tracks the last value it set; the native setter makes it see the change
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!.call(element, value)
  element.dispatchEvent(new Event("input", { bubbles: true }))
}

async function submit(container: HTMLElement) {
  await act(async () => {
    container.querySelector("form")!.dispatchEvent(new Event("submit", { bubbles: true, cancelable: true }))
  })
}

afterEach(() => {
  document.body.innerHTML = ""
  fetch.mockReset()
})

describe("the Admin's export-partners page", () => {
  it("names every wrong field of a new partner in words and sends nothing", async () => {
    fetch.mockResolvedValue({ partners: [] })
    const container = renderPage()
    act(() => type(input(container, "partner-market_country"), "Germany"))
    act(() => type(input(container, "partner-currency"), "gbp"))
    await submit(container)
    const alert = container.querySelector("[role=alert]")!.textContent
    expect(alert).toContain("Name: enter the partner's name.")
    expect(alert).toContain("Market: enter a two-letter country code, such as DE.")
    expect(alert).toContain("Currency: enter azn, eur or usd.")
    expect(fetch).not.toHaveBeenCalledWith("/admin/export-partners", expect.objectContaining({ method: "POST" }))
  })

  it("clears the form once the partner is created", async () => {
    fetch.mockImplementation(async (_path: string, init?: { method?: string }) =>
      init?.method === "POST" ? { partner: {}, token: "cmx_secret" } : { partners: [] },
    )
    const container = renderPage()
    act(() => type(input(container, "partner-name"), "Etsy EU"))
    act(() => type(input(container, "partner-market_country"), "fr"))
    await submit(container)
    await act(async () => {})
    expect(fetch).toHaveBeenCalledWith("/admin/export-partners", {
      method: "POST",
      body: { name: "Etsy EU", format: "google-xml", market_country: "FR", language: "en", currency: "eur" },
    })
    expect(input(container, "partner-name").value).toBe("")
    expect(input(container, "partner-market_country").value).toBe("DE")
    expect(container.textContent).toContain("cmx_secret")
  })
})
