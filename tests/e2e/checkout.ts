import type { Page } from "playwright-core"

/** On the checkout page: a Baku address for Aysel, submitted (the next step appears). */
export async function enterBakuAddress(page: Page, baseUrl: string, locale: string) {
  await enterName(page, baseUrl, locale)
  await page.fill("#f-address_1", "Nizami küçəsi 10")
  await page.fill("#f-city", "Bakı")
  await page.fill("#f-postal_code", "AZ1000")
  await submitContact(page)
}

/** On the checkout page of a cart with nothing to ship (no street is asked, docs/decisions/043): Aysel in Azerbaijan, submitted. */
export async function enterBuyerDetails(page: Page, baseUrl: string, locale: string) {
  await enterName(page, baseUrl, locale)
  await submitContact(page)
}

async function enterName(page: Page, baseUrl: string, locale: string) {
  await page.goto(`${baseUrl}/${locale}/checkout`)
  await page.fill("#f-first_name", "Aysel")
  await page.fill("#f-last_name", "Məmmədova")
}

const submitContact = (page: Page) => page.locator('input[name="intent"][value="address"] ~ button[type="submit"]').click()
