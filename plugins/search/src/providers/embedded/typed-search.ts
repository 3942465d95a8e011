import type { SearchTypes } from "@medusajs/framework/types"
import { projectDocument } from "@medusajs/framework/utils"
import { runIndexed } from "./sql"
import { TypedStatement, type TypedSearchInput } from "./typed-statement"
import type { DbManager } from "./vocabulary"

export type { TypedSearchInput }

/** A search on the typed layout: its statement (`typed-statement.ts`) run, and its rows read back as a search result. */
export class TypedSearch {
  protected readonly statement_: TypedStatement

  constructor(protected readonly input_: TypedSearchInput) {
    this.statement_ = new TypedStatement(input_)
  }

  async run(manager: DbManager): Promise<SearchTypes.SearchResult> {
    const started = Date.now()
    const { query } = this.input_
    const options = query.search_options ?? {}
    const statement = this.statement_
    const { sql, params } = statement.build()
    const rows = await this.execute(manager, sql, params)
    const summary = rows.find((row) => row.ord === null)?.summary
    return {
      hits: rows
        .filter((row) => row.ord !== null)
        .map((row) => ({
          id: row.id,
          score: options.include_score ? Number(row.score) : undefined,
          document: projectDocument(
            typeof row.document === "string" ? JSON.parse(row.document) : row.document,
            query.attributes_to_retrieve,
          ),
        })),
      facets: summary ? statement.facets.read(summary) : undefined,
      metadata: {
        skip: statement.skip,
        take: statement.take,
        count: summary && statement.counted ? Number(summary.count) : null,
        query: query.q,
        processing_time_ms: Date.now() - started,
      },
    }
  }

  /**
   * Every statement runs through `runIndexed` (one round trip), with sequential scans off,
   * JIT off and random pages priced as in memory:
   * - text: the planner prices a vector test like any operator, not as the detoasting it is:
   *   below ~30k documents, or for a common word or one with many typo alternatives, it would
   *   test every row of this narrow heap (50 ms at 10k, 200+ ms at 50k) rather than read the GIN
   *   index (~2 ms);
   * - filters only: at the default page costs it read every heap page holding a match through
   *   one column's index instead of the covering facet index (ADR 045).
   * JIT compiling costs more than these statements run.
   */
  protected async execute(manager: DbManager, sql: string, params: unknown[]): Promise<any[]> {
    // rows through jsonb: the order of the function's rows is the statement's, but sort to be sure
    return (await runIndexed(manager, sql, params)).sort((a, b) => (a.ord ?? Infinity) - (b.ord ?? Infinity))
  }
}
