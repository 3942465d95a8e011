import { act, type ReactElement } from "react"
import { createRoot, type Root } from "react-dom/client"
import { afterEach, vi } from "vitest"

// How the storefront's component and route tests render: into happy-dom's document, under React's act().
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
let root: Root | null = null

/** Each test starts on an empty page with the real fetch back. */
afterEach(() => {
  unmount()
  document.body.innerHTML = ""
  vi.unstubAllGlobals()
})

export function unmount() {
  act(() => root?.unmount())
  root = null
}

/** Waits (up to 2 s) until `selector` finds something in `container`: loaders and effects are async. */
export async function until(container: HTMLElement, selector: string) {
  for (let i = 0; i < 100 && !container.querySelector(selector); i++) await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
  return container.querySelector<HTMLElement>(selector)
}

/** Renders a page (a routes stub) and waits until `ready` is on it. */
export async function mount(element: ReactElement, ready: string) {
  const container = document.createElement("div")
  document.body.append(container)
  root = createRoot(container)
  await act(async () => root!.render(element))
  await until(container, ready)
  return container
}

/** The first `selector` element whose whole text is `text` (a string) or matches it (a pattern). */
export const byText = (container: HTMLElement, selector: string, text: RegExp | string) =>
  [...container.querySelectorAll<HTMLElement>(selector)].find((el) =>
    typeof text === "string" ? el.textContent === text : text.test(el.textContent ?? ""),
  )
