// A partner feed's item link on Chromium: the Google feed for Germany (EUR) and the JSON feed for
// the US (USD) each link a variant with `?country=`; the page opens in that market's currency with
// that variant chosen, shows the feed's price, keeps `country` out of its canonical address, and
// the visitor keeps the currency on the next page. Screenshot feed-link-de.png.
import { describe, expect, it } from "vitest"
import { backendApi, createOperator } from "./backend-api"
import { DESKTOP, screenshot } from "./browser"
import { shopStack } from "./shopping"

const world = shopStack()
const operator = { email: `feeds-${Date.now()}@example.az`, password: "feed-link-operator" }
const partner = { language: "en", allowed_kinds: ["physical"], postal: true }

type Offer = { link: string; price: number; currency: string; id: string; group?: string }

/** A new partner's first feed, as the partner fetches it (the first build runs in the background: 503 until then). */
async function partnerFeed(fields: Record<string, unknown>, file: string) {
  const api = backendApi(world.stack.backendUrl)
  const { token: admin } = await api<{ token: string }>("/auth/user/emailpass", { body: operator })
  const { partner: created, token } = await api<{ partner: { id: string }; token: string }>("/admin/export-partners", {
    token: admin,
    body: { ...partner, ...fields },
  })
  const url = file === "items" ? `${world.stack.backendUrl}/partner/v1/items` : `${world.stack.backendUrl}/feeds/${created.id}/${file}`
  for (let attempt = 0; attempt < 60; attempt++) {
    const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
    const body = await response.text()
    if (response.status === 200 && /<item>|"link"/.test(body)) return body
    await new Promise((resolve) => setTimeout(resolve, 2_000))
  }
  throw new Error(`${url} never listed an item`)
}

const entity = (text: string) => text.replaceAll("&amp;", "&").replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"')

/** The Google feed's items: their link and price ("3110.00 EUR"). */
const googleOffers = (xml: string): Offer[] =>
  [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map(([, item]) => {
    const field = (name: string) => entity(new RegExp(`<${name}>([^<]*)</${name}>`).exec(item!)?.[1] ?? "")
    const [amount, currency] = field("g:price").split(" ")
    return {
      id: field("g:id"),
      group: field("g:item_group_id"),
      link: field("g:link") || field("link"),
      price: Number(amount),
      currency: currency!,
    }
  })

/** Opens the offer's link on this storefront and checks the page against the feed. */
async function landOn(offer: Offer, symbol: string, shot?: string) {
  const context = await world.browser.newContext({ viewport: DESKTOP })
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  const link = new URL(offer.link)
  await page.goto(`${world.stack.storefrontUrl}${link.pathname}${link.search}`)
  await page.waitForLoadState("networkidle")
  expect(await page.locator('input[name="variant_id"]').first().inputValue()).toBe(offer.id)
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!)
  const offers = [jsonLd.offers].flat()
  expect(offers[0].priceCurrency).toBe(offer.currency)
  expect(Number(offers[0].price)).toBe(offer.price)
  const shown = (await page.locator('[data-testid="price"]').textContent())!
  expect(shown).toContain(symbol)
  expect(Number(shown.replace(/[^\d.]/g, ""))).toBe(offer.price)
  expect(await page.locator("#currency").inputValue()).toBe(offer.currency.toLowerCase())
  expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(`${world.stack.storefrontUrl}${link.pathname}`)
  if (shot) await screenshot(page, shot)
  // remembered: the next page, without the parameter, is in the same currency
  await page.goto(`${world.stack.storefrontUrl}/en/search`)
  expect(await page.locator("#currency").inputValue()).toBe(offer.currency.toLowerCase())
  await context.close()
  return shown
}

describe("a partner feed's item link", () => {
  it("opens the Google feed's German item in euros at the feed's price, that variant chosen", async () => {
    await createOperator(operator)
    const xml = await partnerFeed({ name: "Google DE (e2e)", format: "google-xml", market_country: "DE", currency: "eur" }, "feed.xml")
    const offers = googleOffers(xml)
    expect(offers.length).toBeGreaterThan(0)
    // a size that is not the product's first: the link, not the default, chooses it
    const sizes = offers.filter((o) => o.group && offers.filter((other) => other.group === o.group).indexOf(o) > 0)
    const offer = sizes[0] ?? offers[0]!
    expect(offer.link).toMatch(/\/en\/products\/[^?]+\?variant=[^&]+&country=de$/)
    expect(offer.currency).toBe("EUR")
    console.log(`e2e: ${offer.link} → ${await landOn(offer, "€", "feed-link-de")}`)
  })

  it("opens the US feed's item in dollars at the feed's price", async () => {
    const json = await partnerFeed({ name: "Desk US (e2e)", format: "json", market_country: "US", currency: "usd", postal: false }, "items")
    type Item = { id: string; link?: string; price?: { amount: string; currency: string } }
    const items = (JSON.parse(json) as { items: Item[] }).items.filter((item) => item.link && item.price)
    const offer = items.map((item) => ({
      id: item.id,
      link: item.link!,
      price: Number(item.price!.amount),
      currency: item.price!.currency,
    }))[0]!
    expect(offer.link).toContain("&country=us")
    expect(offer.currency).toBe("USD")
    console.log(`e2e: ${offer.link} → ${await landOn(offer, "$")}`)
  })
})
