import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { asValue } from "@medusajs/framework/awilix"
import { CACHED } from "./cached-reads"

/**
 * Entities that Medusa 2.21's product middlewares read on every Store API request without the
 * cache, though the answer is the same for every visitor: the sales channels counted by
 * `applyMaybeLinkFilterIfNecessary` and the region's `automatic_taxes` read by `setTaxContext`.
 * Writes to them clear the Store API cache (the store-cache module) and tags bound them too.
 */
const CATALOGUE_LOOKUPS = new Set(["sales_channel", "sales_channels", "region", "regions"])

type Graph = (config: { entity: string }, options?: { cache?: unknown }) => Promise<unknown>

/**
 * Lets those lookups read through Medusa's Caching Module (docs/decisions/008): the request's
 * scope gets a Query whose `graph` turns the cache on for them when the caller said nothing
 * about caching. Every other call, and any call that chose, passes through unchanged.
 */
export function cacheCatalogueLookups(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)
  const graph: Graph = (config, options) =>
    (query.graph as Graph)(
      config,
      CATALOGUE_LOOKUPS.has(config.entity) && options?.cache === undefined ? { ...options, ...CACHED } : options,
    )
  const cachedLookups = new Proxy(query, {
    get: (target, property) => {
      if (property === "graph") return graph
      const value = Reflect.get(target, property, target)
      return typeof value === "function" ? value.bind(target) : value
    },
  })
  req.scope.register(ContainerRegistrationKeys.QUERY, asValue(cachedLookups))
  next()
}
