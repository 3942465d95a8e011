import type { Page } from "playwright-core"

/** On the checkout page: a Baku address for Aysel, submitted (the next step appears). */
export async function enterBakuAddress(page: Page, baseUrl: string, locale: string) {
  await page.goto(`${baseUrl}/${locale}/checkout`)
  await page.fill("#f-first_name", "Aysel")
  await page.fill("#f-last_name", "Məmmədova")
  await page.fill("#f-address_1", "Nizami küçəsi 10")
  await page.fill("#f-city", "Bakı")
  await page.fill("#f-postal_code", "AZ1000")
  await page.locator('input[name="intent"][value="address"] ~ button[type="submit"]').click()
}
