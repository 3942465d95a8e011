import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { EmbeddedSearchProvider } from "./service"

export { EmbeddedSearchProvider }
export { foldText } from "./text"
export { embeddedMigrations, runEmbeddedMigrations } from "./migrations-list"

/** Registered as `@creative-market/search/providers/embedded`; identifier `embedded`. */
export default ModuleProvider(Modules.SEARCH, {
  services: [EmbeddedSearchProvider],
})
