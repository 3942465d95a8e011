import { createHash } from "crypto"
import {
  FOLD_FUNCTION,
  TS_CONFIG,
  VOCABULARY_BACKLOG,
  VOCABULARY_PREFIX,
  VOCABULARY_SETTLE_FUNCTION,
  VOCABULARY_TRIGGERS,
  VOCABULARY_WORDS_FUNCTION,
} from "./text"
import { buildDeferred, deferBuild } from "./deferred-build"
import { runIndexed } from "./sql"
import type { Candidate, QueryWord } from "./typo"

/** The slice of MikroORM's entity manager the stock provider and this one use. */
export type DbManager = {
  execute: (sql: string, params?: unknown[]) => Promise<any[]>
  transactional?: <T>(run: (manager: DbManager) => Promise<T>) => Promise<T>
}

const TRANSITIONS = {
  insert: "REFERENCING NEW TABLE AS new_rows",
  update: "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows",
  delete: "REFERENCING OLD TABLE AS old_rows",
  truncate: "",
} as const

/**
 * One vocabulary table per document table (`search_pg_x` → `search_vocab_x`),
 * so a lookup has no other index to prefer over the trigram one, and dropping
 * an index's words is a DROP TABLE. Hashed when it would pass Postgres' 63-byte names.
 */
export function vocabularyTable(documentTable: string): string {
  const name = `${VOCABULARY_PREFIX}${documentTable.replace(/^search_pg_/, "")}`
  return Buffer.byteLength(name) <= 63 ? name : `${VOCABULARY_PREFIX}${createHash("sha1").update(documentTable).digest("hex").slice(0, 24)}`
}

/**
 * Takes the words of `table`'s deleted documents off its vocabulary. The delete trigger only
 * set their vectors aside, so the delete commits (and search stops answering with them) without
 * waiting for the recount (ADR 049); run it once the delete has committed.
 */
export async function settleVocabulary(manager: DbManager, table: string): Promise<void> {
  await manager.execute(`SELECT ${VOCABULARY_SETTLE_FUNCTION}(?)`, [vocabularyTable(table)])
}

/**
 * Vocabulary words that look like each query word: `%` (similarity) for whole
 * words, `<%` (the word against the best-matching part of a vocabulary word)
 * for the typeahead word. Only these operator forms can use the trigram index
 * (`similarity() > x` scans), and only when each sits alone in its WHERE, so
 * the two kinds of word are looked up in separate branches.
 */
export function candidatesSql(vocabulary: string, words: Pick<QueryWord, "word" | "prefix">[], perWord: number) {
  const params: unknown[] = []
  const branch = (group: Pick<QueryWord, "word">[], match: string, score: string) => {
    params.push(...group.map((word) => word.word))
    return `SELECT q.word AS query_word, c.word, c.doc_count
      FROM (VALUES ${group.map(() => "(?::text)").join(", ")}) AS q(word)
      CROSS JOIN LATERAL (
        SELECT v."word", v."doc_count" FROM "${vocabulary}" v WHERE ${match}
        ORDER BY ${score} DESC, v."doc_count" DESC LIMIT ${Math.trunc(perWord)}
      ) AS c`
  }
  const whole = words.filter((word) => !word.prefix)
  const prefixes = words.filter((word) => word.prefix)
  const branches = [
    whole.length ? branch(whole, `v."word" % q.word`, `similarity(v."word", q.word)`) : "",
    prefixes.length ? branch(prefixes, `q.word <% v."word"`, `word_similarity(q.word, v."word")`) : "",
  ]
  return { sql: branches.filter(Boolean).join("\nUNION ALL\n"), params }
}

/** The vocabulary of folded words of one index, kept by triggers, read for "did you mean". */
export class Vocabulary {
  constructor(protected readonly manager_: DbManager) {}

  protected async transaction<T>(run: (manager: DbManager) => Promise<T>): Promise<T> {
    return this.manager_.transactional ? this.manager_.transactional(run) : run(this.manager_)
  }

  /**
   * Creates the vocabulary of a document table, attaches its triggers and
   * recounts it: the stock provider may just have recreated the document table
   * (schema change) without any trigger firing. For a new version loaded bare
   * (`deferred-build.ts`) the triggers stay disabled and the count and the
   * trigram index are set aside for when the version is ready.
   */
  async attach(table: string): Promise<void> {
    const vocabulary = vocabularyTable(table)
    const trigram = `CREATE INDEX IF NOT EXISTS "${vocabulary}_trgm" ON "${vocabulary}" USING GIN ("word" gin_trgm_ops)`
    // The triggers first: a write committed after the count goes through them (the count's locks wait for writes before it).
    // ts_stat counts each word's documents in C; only the distinct words then go through the vocabulary's filter
    // (at 50k: 4.6 s instead of 6.7 s for unnesting every document's words, the same counts).
    // The backlog of deletes is cleared after the count: a delete committed in between is then
    // counted and not taken off, an over-count (the harmless side), never taken off twice.
    const recount = [
      `TRUNCATE "${vocabulary}"`,
      `INSERT INTO "${vocabulary}" ("word", "doc_count")
       SELECT w, s.ndoc FROM ts_stat('SELECT "search_vector" FROM "${table}"') AS s,
         LATERAL ${VOCABULARY_WORDS_FUNCTION}(array_to_tsvector(ARRAY[s.word])) AS w`,
      `DELETE FROM "${VOCABULARY_BACKLOG}" WHERE "vocabulary" = '${vocabulary}'`,
    ]
    const triggers = Object.values(VOCABULARY_TRIGGERS).map(({ name }) => `"${name}"`)
    await this.transaction(async (manager) => {
      // COLLATE "C": byte order makes "words starting with" a plain primary-key range.
      await manager.execute(
        `CREATE TABLE IF NOT EXISTS "${vocabulary}" ("word" text COLLATE "C" PRIMARY KEY, "doc_count" integer NOT NULL)`,
      )
      for (const [event, { name, fn }] of Object.entries(VOCABULARY_TRIGGERS) as [
        keyof typeof TRANSITIONS,
        { name: string; fn: string },
      ][]) {
        await manager.execute(`DROP TRIGGER IF EXISTS "${name}" ON "${table}"`)
        await manager.execute(
          `CREATE TRIGGER "${name}" AFTER ${event.toUpperCase()} ON "${table}" ${TRANSITIONS[event]} FOR EACH STATEMENT EXECUTE FUNCTION ${fn}('${vocabulary}')`,
        )
      }
      if (await buildDeferred(manager, table)) {
        await manager.execute(`ALTER TABLE "${table}" ${triggers.map((name) => `DISABLE TRIGGER ${name}`).join(", ")}`)
        const enable = `ALTER TABLE "${table}" ${triggers.map((name) => `ENABLE TRIGGER ${name}`).join(", ")}`
        await deferBuild(manager, table, [enable, ...recount, trigram], true)
        return
      }
      await manager.execute(trigram)
      for (const statement of recount) {
        await manager.execute(statement)
      }
    })
  }

  /** Dropping a document table fires no trigger, so its vocabulary (and what its deletes set aside) is dropped here. */
  async forget(table: string): Promise<void> {
    await this.manager_.execute(`DROP TABLE IF EXISTS "${vocabularyTable(table)}"`)
    await this.manager_.execute(`DELETE FROM "${VOCABULARY_BACKLOG}" WHERE "vocabulary" = ?`, [vocabularyTable(table)])
  }

  /** Whether the table carries this provider's triggers, i.e. belongs to the embedded provider. */
  static ownedTableSql(tableColumn: string): string {
    return `EXISTS (SELECT 1 FROM pg_trigger t WHERE t.tgrelid = to_regclass(format('%I', ${tableColumn}))
      AND t.tgname = '${VOCABULARY_TRIGGERS.insert.name}')`
  }

  /**
   * Splits the query with the same fold and text search configuration as the
   * documents (so both agree on what a word is), in query order, and looks
   * each lexeme up in the vocabulary.
   */
  async analyse(table: string, q: string, prefixLast: boolean): Promise<QueryWord[]> {
    const vocabulary = vocabularyTable(table)
    const rows = await this.manager_.execute(
      `SELECT l.lexeme AS word, l.positions::int[] AS positions, (SELECT max(p) FROM unnest(l.positions) AS p) AS last_position,
         EXISTS (SELECT 1 FROM "${vocabulary}" v WHERE v."word" = l.lexeme) AS exact,
         EXISTS (SELECT 1 FROM "${vocabulary}" v WHERE v."word" >= l.lexeme AND v."word" < l.lexeme || chr(1114111)) AS prefixed
       FROM unnest(to_tsvector('${TS_CONFIG}', ${FOLD_FUNCTION}(?))) AS l
       ORDER BY l.positions[1]`,
      [q],
    )
    const last = Math.max(...rows.map((row) => Number(row.last_position)))
    return rows.map((row) => ({
      word: String(row.word),
      prefix: prefixLast && Number(row.last_position) === last,
      exact: Boolean(row.exact),
      prefixed: Boolean(row.prefixed),
      positions: (row.positions as unknown[]).map(Number),
    }))
  }

  /**
   * Looks the words up through the trigram index, with the threshold and `enable_seqscan = off`
   * scoped to the statement (`runIndexed`): the planner's GIN trigram cost model overestimates
   * (measured on 40k words: it picked a 28 ms sequential scan over a 4.7 ms index scan).
   */
  async candidates(table: string, words: QueryWord[], threshold: number, perWord = 40): Promise<Map<string, Candidate[]>> {
    const { sql, params } = candidatesSql(vocabularyTable(table), words, perWord)
    const rows = await runIndexed(this.manager_, sql, params, threshold)
    const byWord = new Map<string, Candidate[]>()
    for (const row of rows) {
      const list = byWord.get(row.query_word) ?? []
      list.push({ word: String(row.word), doc_count: Number(row.doc_count) })
      byWord.set(row.query_word, list)
    }
    return byWord
  }
}
