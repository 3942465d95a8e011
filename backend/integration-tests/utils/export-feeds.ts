import { mkdtempSync } from "node:fs"
import { tmpdir } from "node:os"
import path from "node:path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { createRegionsWorkflow } from "@medusajs/medusa/core-flows"
import type { AxiosInstance } from "axios"
import sharp from "sharp"
import { operator, signUpShop, type Headers } from "./actors"
import { multipart, publishListing } from "./listings"
import { setUpMarketplace } from "./marketplace"

/** Feed files in a fresh folder, and builds only when the test asks (no rebuild timer after each change). */
export function feedsForTests() {
  process.env.FEEDS_DIR = mkdtempSync(path.join(tmpdir(), "cm-feeds-"))
  process.env.FEEDS_REBUILD_DEBOUNCE_MS = "0"
}

const PRICES = [
  { currency_code: "azn", amount: 110 },
  { currency_code: "eur", amount: 60 },
  { currency_code: "usd", amount: 65 },
]

/** Uploads a 640×640 image (large enough for every partner) to a shop's product. */
export async function addImage(api: AxiosInstance, shop: Headers, productId: string) {
  const image = await sharp({ create: { width: 640, height: 640, channels: 3, background: "#832" } })
    .png()
    .toBuffer()
  await api.post(`/creator/products/${productId}/images`, multipart([{ name: "carpet.png", content: image }]), shop)
}

/**
 * A published carpet that every test partner accepts: two variants (3 in stock each) priced in
 * AZN, EUR and USD, a 640×640 image and an export profile with HS code, origin and weight.
 */
export async function readyProduct(api: AxiosInstance, shop: Headers, title: string, extra: Record<string, unknown> = {}) {
  const product = await publishListing(api, shop, {
    kind: "physical",
    title,
    description: `${title}, hand-knotted wool.`,
    variants: [
      { title: "Small", prices: PRICES, stock: 3 },
      { title: "Large", prices: PRICES.map((p) => ({ ...p, amount: p.amount * 2 })), stock: 3 },
    ],
    ...extra,
  })
  await addImage(api, shop, product.id)
  await api.post(`/creator/products/${product.id}/export-profile`, { hs_code: "570110", origin_country: "AZ", weight_g: 4200 }, shop)
  return product
}

/** Creates a partner as an operator; its id and its token (shown once). */
export async function createPartner(api: AxiosInstance, admin: Headers, body: Record<string, unknown>) {
  const { data } = await api.post("/admin/export-partners", { language: "en", allowed_kinds: ["physical", "digital"], ...body }, admin)
  return { id: data.partner.id as string, token: data.token as string }
}

/** Asks for a partner's build now (confirm: publish even past the truncation guard). */
export async function buildFeed(api: AxiosInstance, admin: Headers, id: string, confirm = false) {
  return (await api.post(`/admin/export-partners/${id}/builds`, { confirm }, admin)).data.build
}

/** The feed tests' marketplace: a shop with two ready carpets and one unready rug, a Google partner (DE, EUR) and a JSON one (US, USD). */
export async function feedsScenario(api: AxiosInstance, container: MedusaContainer) {
  const store = (await setUpMarketplace(container)).storeHeaders
  const {
    result: [region],
  } = await createRegionsWorkflow(container).run({
    input: { regions: [{ name: "Europe", currency_code: "eur", countries: ["de"], payment_providers: ["pp_system_default"] }] },
  })
  const admin = await operator(api, container)
  const shop = await signUpShop(api, "feeds@example.az", { handle: "quba-weavers", name: "Quba Weavers" })
  await api.post(`/admin/creators/${shop.creator.id}/approve`, {}, admin)
  const carpet = await readyProduct(api, shop.headers, "Quba carpet")
  await readyProduct(api, shop.headers, "Shirvan carpet")
  // not ready: no HS code
  await publishListing(api, shop.headers, {
    kind: "physical",
    title: "Unclassified rug",
    variants: [{ title: "One", prices: [{ currency_code: "eur", amount: 5 }] }],
  })
  const google = await createPartner(api, admin, { name: "Google DE", format: "google-xml", market_country: "DE", currency: "eur" })
  const trade = await createPartner(api, admin, { name: "Trade US", format: "json", market_country: "US", currency: "usd", postal: false })
  return { store, euRegion: region.id as string, admin, shop, carpet, google, trade }
}
