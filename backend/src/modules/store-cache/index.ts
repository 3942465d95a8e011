import { Module } from "@medusajs/framework/utils"
import StoreCacheService from "./service"

export const STORE_CACHE_MODULE = "store_cache"

/** Completes Medusa's Caching Module invalidation for the Store API (docs/decisions/008). */
export default Module(STORE_CACHE_MODULE, { service: StoreCacheService })
