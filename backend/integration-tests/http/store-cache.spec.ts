import { Modules } from "@medusajs/framework/utils"
import { operator } from "../utils/actors"
import { medusaSuite } from "../utils/medusa-suite"
import { describeStoreFreshness } from "../utils/store-freshness"

/** The embedded profile: Medusa's Caching Module with its in-memory provider, one process. */
medusaSuite("store_cache", ({ api, dbConnection, getContainer }) => {
  const base = () => api.defaults.baseURL!.replace(/\/$/, "")
  describeStoreFreshness("the Store API cache (in-memory provider)", {
    writeUrl: base,
    readUrl: base,
    admin: async () => (await operator(api, getContainer())).headers,
    writeBehindMedusa: async (productId, title) => {
      await dbConnection.raw("UPDATE product SET title = ? WHERE id = ?", [title, productId])
    },
    // the runner restores the database behind Medusa's back before each test: forget what was cached
    beforeEachTest: async () => {
      await getContainer()
        .resolve(Modules.CACHING)
        .clear({ tags: ["*"] })
    },
  })
})
