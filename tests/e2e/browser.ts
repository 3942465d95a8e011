import { readFileSync } from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { chromium, type Browser, type Page } from "playwright-core"

const require = createRequire(import.meta.url)
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8")
export const screenshotsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "screenshots")

export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium"

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  })
}

export const DESKTOP = { width: 1280, height: 900 }
export const PHONE = { width: 390, height: 844 }

/** axe-core's serious and critical violations on the page (injected through DevTools, so the page's CSP stays on). */
export async function seriousViolations(page: Page) {
  await page.evaluate(axeSource)
  const result = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>
        }
      }
    ).axe
    return axe.run(document, { resultTypes: ["violations"] })
  })
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    )
}

/**
 * The whole page as a visitor who scrolled through it sees it: lazy images below the fold are
 * loaded first (a full-page capture does not scroll, so they would show as empty frames).
 */
export async function screenshot(page: Page, name: string) {
  await page.evaluate(async () => {
    const lazy = [...document.querySelectorAll<HTMLImageElement>('img[loading="lazy"]')]
    for (const img of lazy) img.loading = "eager"
    const settled = (img: HTMLImageElement) =>
      img.complete ||
      new Promise((done) => {
        img.addEventListener("load", done, { once: true })
        img.addEventListener("error", done, { once: true })
      })
    await Promise.race([Promise.all(lazy.map(settled)), new Promise((done) => setTimeout(done, 5_000))])
  })
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage: true })
}
