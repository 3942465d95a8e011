// A shop's own delivery on Chromium: the demo creator (whose carpet shop the seed gives a courier,
// docs/decisions/041) opens the studio's delivery page, adds an option and sees it; axe on the page;
// a Europe option without a EUR fee is refused on that field; screenshots studio-delivery*.png.
import { describe, expect, it } from "vitest"
import { DESKTOP, screenshot } from "./browser"
import { accessible, studioSignIn, studioStack } from "./studio-pages"

const studio = studioStack()

describe("the studio's delivery page", () => {
  it("the demo creator sees the shop's courier, adds a pick-up option and finds it listed", async () => {
    const context = await studio.browser.newContext({ viewport: DESKTOP })
    const page = await studioSignIn(studio.stack.storefrontUrl, context, "en", studio.demo)
    await page.goto(`${studio.stack.storefrontUrl}/en/studio/delivery`)
    const options = page.locator('[data-testid="delivery-option"]')
    expect(await options.first().textContent()).toContain("Qarabağ Weavers courier")
    await accessible(page)

    await page.fill("#f-name", "Pick-up in Ağdam")
    await page.fill("#f-azn", "0")
    await page.locator('button[name="intent"][value="create"]').click()
    await page.waitForSelector('[role="status"]')
    await expect.poll(() => options.allTextContents()).toContainEqual(expect.stringContaining("Pick-up in Ağdam"))
    // the form is ready for the next one
    expect(await page.inputValue("#f-name")).toBe("")
    await screenshot(page, "studio-delivery")

    // a Europe option needs a fee in EUR, the currency its buyers pay in (docs/decisions/043)
    await page.fill("#f-name", "Parcel to Europe")
    await page.fill("#f-azn", "50")
    await page.selectOption("#f-service_zone_id", { label: "Europe (EUR)" })
    await page.locator('button[name="intent"][value="create"]').click()
    await page.waitForSelector("#f-eur-error")
    expect(await page.textContent("#f-eur-error")).toContain("pay in this currency")
    await screenshot(page, "studio-delivery-zone-currency")
    await context.close()
  })
})
