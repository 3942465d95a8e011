import { ProductsQueryContextKey, PublishedProductsContextKey, QueryContext } from "@medusajs/framework/utils"

/**
 * The Store API's catalogue routes that Medusa 2.21 serves uncached (categories, collections,
 * regions) are overridden here only to read through Medusa's Caching Module: the same answer for
 * every visitor of a locale, invalidated by entity tags on every write (docs/decisions/008). Each
 * keeps its core handler's shape; the core middlewares (validation, fields, filters) still apply.
 */
export const CACHED = { cache: { enable: true } }

/** As core's `publishedProductsContext`: relations resolve published products only. */
export const publishedProducts = () => QueryContext({ [ProductsQueryContextKey]: { [PublishedProductsContextKey]: true } })
