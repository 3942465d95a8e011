import { Migration20260807120000 as StockSearchPostgresMigration } from "@medusajs/search-postgres/dist/migrations/Migration20260807120000"

/**
 * The stock `search-postgres` migration (extensions + the `search_postgres_index`
 * catalog), which the embedded provider's delegate needs even when the stock
 * provider is not registered. It keeps the stock name on purpose: migrations are
 * tracked by name in one table, so when both providers are registered it runs
 * once, whichever directory reaches it first.
 */
export class Migration20260807120000 extends StockSearchPostgresMigration {}
