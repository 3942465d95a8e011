import { ModuleProvider, Modules } from "@medusajs/framework/utils"
import { MeilisearchSearchProvider } from "./service"

export { MeilisearchSearchProvider }

export default ModuleProvider(Modules.SEARCH, {
  services: [MeilisearchSearchProvider],
})
