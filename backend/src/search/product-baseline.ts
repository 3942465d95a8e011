import { defineSearchIndex } from "@medusajs/framework/utils"
import { env } from "../env"
import { productIndex } from "./product"

/**
 * Benchmarks only (SEARCH_BENCH_BASELINE=true): the same product index on Medusa's stock
 * search-postgres provider, so scripts/bench/search.mjs measures both in one run.
 */
if (env.SEARCH_BENCH_BASELINE) {
  defineSearchIndex({ ...productIndex, name: "product_baseline", provider: "search-postgres" })
}
