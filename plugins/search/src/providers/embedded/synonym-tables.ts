import type { SearchTypes } from "@medusajs/framework/types"
import { embeddedIndexOptions } from "./index-options"
import { buildSynonymTable, type AnalysedText, type SynonymTable } from "./synonyms"
import { FOLD_FUNCTION, TS_CONFIG } from "./text"
import type { DbManager } from "./vocabulary"

/**
 * Each index's synonyms, split into lexemes by Postgres itself (the same fold,
 * parser and configuration as the documents, so "Hand-knotted", "ковёр" or
 * "XALÇA" mean what they mean in a document), once per synonyms object: the
 * Search Module keeps one definition per index, so a query pays for this only
 * the first time, with one statement, and never touches a table.
 */
export class SynonymTables {
  protected readonly compiled_ = new WeakMap<object, Promise<SynonymTable>>()

  constructor(protected readonly manager_: DbManager) {}

  /** The index's synonym table, or undefined when it has none; INVALID_DATA for bad settings. */
  async of(definition: SearchTypes.ResolvedSearchIndexDefinition): Promise<SynonymTable | undefined> {
    const synonyms = embeddedIndexOptions(definition).synonyms
    if (!synonyms || !Object.keys(synonyms).length) {
      return undefined
    }
    let table = this.compiled_.get(synonyms)
    if (!table) {
      table = this.compile(synonyms, definition.name)
      this.compiled_.set(synonyms, table)
      // A failed compilation (a dropped connection, say) is retried by the next query.
      table.catch(() => this.compiled_.delete(synonyms))
    }
    return table
  }

  protected async compile(synonyms: Record<string, string[]>, index: string): Promise<SynonymTable> {
    const texts = [...new Set(Object.entries(synonyms).flatMap(([key, values]) => [key, ...values]))]
    const rows = await this.manager_.execute(
      `SELECT t.text,
         coalesce((SELECT array_agg(l.lexeme ORDER BY p) FROM unnest(to_tsvector('${TS_CONFIG}', ${FOLD_FUNCTION}(t.text))) AS l, unnest(l.positions) AS p), '{}') AS lexemes,
         phraseto_tsquery('${TS_CONFIG}', ${FOLD_FUNCTION}(t.text))::text AS phrase
       FROM jsonb_array_elements_text(?::jsonb) AS t(text)`,
      [JSON.stringify(texts)],
    )
    const analysed = new Map<string, AnalysedText>(
      rows.map((row) => [String(row.text), { lexemes: (row.lexemes as unknown[]).map(String), phrase: String(row.phrase) }]),
    )
    return buildSynonymTable(synonyms, analysed, index)
  }
}
