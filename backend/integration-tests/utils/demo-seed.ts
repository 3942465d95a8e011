// The demo seed as seed.spec.ts reads it: run once for the file into a temporary directory, the facts
// it writes for the storefront, and a way in as the owner of a seeded shop (the seed makes none).
import { mkdtempSync, readFileSync } from "node:fs"
import os from "node:os"
import path from "node:path"
import type { FilterableProductProps, MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"
import seedDemoCatalogue from "../../src/scripts/seed/index"
import { bearer, type Headers } from "./actors"
import { cartWith } from "./checkout"

export type StorefrontFacts = {
  publishable_key: string
  sales_channel_id: string
  regions: Record<"azerbaijan" | "europe" | "international", string>
}

/** A temporary directory for the seed's files (storefront.json, the feeds), not the checkout; set before the app boots. */
export function demoDataDir() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "cm-seed-test-"))
  process.env.FEEDS_DIR = path.join(dataDir, "feeds")
  process.env.FEEDS_REBUILD_DEBOUNCE_MS = "0"
  return dataDir
}

/** Seeds the demo catalogue before the file's tests; `facts` is filled then. */
export function demoSeed(api: AxiosInstance, getContainer: () => MedusaContainer, dataDir: string) {
  const demo = {
    facts: {} as StorefrontFacts,
    /** a JSON file the seed wrote into `dataDir` */
    readJson: (name: string) => JSON.parse(readFileSync(path.join(dataDir, name), "utf8")),
    storeHeaders: (): Headers => ({ headers: { "x-publishable-api-key": demo.facts.publishable_key } }),
    store: (url: string) => api.get(url, demo.storeHeaders()),
    countProducts: async (filters: FilterableProductProps = {}) => {
      const [, count] = await getContainer().resolve(Modules.PRODUCT).listAndCountProducts(filters, { take: 1 })
      return count
    },
    /** A cart in Azerbaijan (an address in Bakı, no street) holding the product `handle`'s first variant. */
    cartOf: async (handle: string, email: string) => {
      const { data } = await demo.store(`/store/products?handle=${handle}&fields=variants.id`)
      const lines = [{ variant_id: data.products[0].variants[0].id as string }]
      const address = { country_code: "az", city: "Bakı" }
      return cartWith(api, demo.storeHeaders(), demo.facts.regions.azerbaijan, lines, { email, shipping_address: address })
    },
    /** Signs in as a new owner of a seeded shop. */
    signInAs: async (handle: string) => {
      const container = getContainer()
      const creators = container.resolve("creator")
      const [shop] = await creators.listCreators({ handle })
      const email = `owner@${handle}.example.az`
      const password = "quince-kettle-ribbon-1899"
      const member = await creators.createCreatorMembers({ email, name: "Owner" })
      await creators.createCreatorMemberships({ creator_id: shop.id, member_id: member.id, role: "owner" })
      const auth = container.resolve(Modules.AUTH)
      const { authIdentity } = await auth.register("emailpass", { body: { email, password } } as any)
      await auth.updateAuthIdentities({ id: authIdentity!.id, app_metadata: { creator_id: member.id } })
      const { data } = await api.post("/auth/creator/emailpass", { email, password })
      return bearer(data.token)
    },
  }
  beforeAll(async () => {
    await seedDemoCatalogue({ container: getContainer(), args: [dataDir] })
    demo.facts = demo.readJson("storefront.json")
  })
  return demo
}
