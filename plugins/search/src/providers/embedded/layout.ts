import { createHash } from "crypto"
import { isFacetable, weightLabel, type IndexPlan, type PlannedField } from "@medusajs/search-postgres/dist/utils"
import { ARRAY_FUNCTIONS } from "./text"

/**
 * The document table of the embedded provider ("typed layout", version 1).
 *
 * The stock table keeps every field in one `indexed` jsonb and the text in a
 * tsvector; both are read row by row by filters, facets and ranking, so a query
 * over thousands of matches detoasts kilobytes per row. Here the stock columns
 * stay (the stock writer and the vocabulary triggers fill them unchanged), but:
 * - every filterable, facetable or sortable field also gets a native column,
 *   generated from `indexed`, with real planner statistics and an index where
 *   it filters or sorts (`indexMethod`);
 * - `search_head` holds the document vector's higher-weight positions (titles,
 *   names: every weight class but the lowest), cheap enough to pre-rank
 *   thousands of matches (see `typed-statement.ts`);
 * - `toast_tuple_target = 128` moves document, indexed, vectors and text out of
 *   the heap, so a scan over matches reads ~1 KB rows instead of ~5 KB ones.
 *   Native columns are MAIN (compressed in place if ever worth it, never moved
 *   out) so they stay in the row.
 */
export const LAYOUT_VERSION = 1
export const HEAD_COLUMN = "search_head"

export type SqlType = "text" | "float8" | "boolean"
export type TypedColumn = { path: string; name: string; type: SqlType; array: boolean; planned: PlannedField }

const hash = (text: string, length: number) => createHash("sha1").update(text).digest("hex").slice(0, length)
const quote = (text: string) => `'${text.replace(/'/g, "''")}'`
const sqlType = (planned: PlannedField): SqlType => (planned.kind === "number" ? "float8" : planned.kind === "boolean" ? "boolean" : "text")

/** `f_<path>`; a path that is not already a short lower-case identifier gets a hash, so two paths never share a column. */
export function columnName(path: string): string {
  const safe = path.toLowerCase().replace(/[^a-z0-9_]/g, "_")
  return safe === path && safe.length <= 48 ? `f_${safe}` : `f_${safe.slice(0, 40)}_${hash(path, 8)}`
}

/** Postgres truncates names past 63 bytes, which could make two index names collide. */
function indexName(table: string, column: string): string {
  const name = `${table}_${column}_idx`
  return Buffer.byteLength(name) <= 63 ? name : `${table.slice(0, 40)}_${hash(`${table}.${column}`, 12)}_idx`
}

const needsColumn = (planned: PlannedField) =>
  planned.kind !== "vector" && !!(planned.field.filterable || planned.field.sortable || isFacetable(planned.field))

const columnsByPlan = new WeakMap<IndexPlan, Map<string, TypedColumn>>()

/**
 * The native column of each field that needs one, by path. A keyword primary
 * key is the table's own `id` column (the same string the stock writer stores),
 * so filtering by id uses the primary key index.
 */
export function typedColumns(plan: IndexPlan): Map<string, TypedColumn> {
  const cached = columnsByPlan.get(plan)
  if (cached) {
    return cached
  }
  const columns = new Map<string, TypedColumn>()
  for (const planned of plan.fields.values()) {
    if (!needsColumn(planned)) {
      continue
    }
    const ownId = planned.path === plan.primary_key && planned.kind === "keyword" && !planned.is_array
    columns.set(planned.path, {
      path: planned.path,
      name: ownId ? "id" : columnName(planned.path),
      type: sqlType(planned),
      array: planned.is_array,
      planned,
    })
  }
  columnsByPlan.set(plan, columns)
  return columns
}

/** The weight labels `search_head` keeps: all present but the lowest; "" when the fields share one class (nothing to pre-rank by). */
export function headLabels(plan: IndexPlan): string {
  const labels = [...new Set(plan.searchable.map((path) => weightLabel(plan.fields.get(path)!.field.searchable)))].sort()
  return labels.slice(0, -1).join("").toLowerCase()
}

/** The generated expression of a column: the field read from `indexed`, NULL when absent or of another JSON type. */
function generatedExpression(column: TypedColumn): string {
  const at = `"indexed" #> ARRAY[${column.path.split(".").map(quote).join(", ")}]`
  if (column.array) {
    return `${ARRAY_FUNCTIONS[column.type]}(${at})`
  }
  const json = { text: "string", float8: "number", boolean: "boolean" }[column.type]
  return `CASE WHEN jsonb_typeof(${at}) = '${json}' THEN (${at} #>> '{}')::${column.type} END`
}

/**
 * Statements creating the table, or bringing a stock-layout table of the same
 * schema up to this layout (columns added in place: the table is rewritten
 * once), and apart from them the secondary indexes, which a new version builds
 * once it is loaded (`deferred-build.ts`). All idempotent.
 */
export function layoutStatements(table: string, plan: IndexPlan): { table: string[]; indexes: string[] } {
  const columns = [...typedColumns(plan).values()].filter((column) => column.name !== "id")
  const head = headLabels(plan)
  const generated = [
    ...columns.map(
      (column) => `"${column.name}" ${column.type}${column.array ? "[]" : ""} GENERATED ALWAYS AS (${generatedExpression(column)}) STORED`,
    ),
    ...(head ? [`"${HEAD_COLUMN}" tsvector GENERATED ALWAYS AS (ts_filter("search_vector", '{${head.split("").join(",")}}')) STORED`] : []),
  ]
  const statements = [
    // Native columns first: a row is read left to right, and these are what scans read.
    `CREATE TABLE IF NOT EXISTS "${table}" (
      "id" text NOT NULL,
      ${generated.map((definition) => `${definition},`).join("\n      ")}
      "document" jsonb NOT NULL,
      "indexed" jsonb NOT NULL DEFAULT '{}'::jsonb,
      "search_vector" tsvector NOT NULL DEFAULT ''::tsvector,
      "search_text" text NOT NULL DEFAULT '',
      "created_at" timestamptz NOT NULL DEFAULT now(),
      "updated_at" timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT "${table}_pkey" PRIMARY KEY ("id")
    ) WITH (toast_tuple_target = 128)`,
    `ALTER TABLE "${table}" SET (toast_tuple_target = 128)`,
    ...generated.map((definition) => `ALTER TABLE "${table}" ADD COLUMN IF NOT EXISTS ${definition}`),
    // Fixed-width columns (float8, boolean) are stored in place anyway.
    `ALTER TABLE "${table}" ${[
      "id",
      ...columns.filter((c) => c.array || c.type === "text").map((c) => c.name),
      ...(head ? [HEAD_COLUMN] : []),
    ]
      .map((name) => `ALTER COLUMN "${name}" SET STORAGE MAIN`)
      .join(", ")}`,
    // No per-word statistics: text statements run with sequential scans off (typed-search.ts), so they
    // would only refine estimates, and collecting them detoasts a sample of vectors at every ANALYZE.
    `ALTER TABLE "${table}" ALTER COLUMN "search_vector" SET STATISTICS 0${head ? `, ALTER COLUMN "${HEAD_COLUMN}" SET STATISTICS 0` : ""}`,
  ]
  const indexes = [`CREATE INDEX IF NOT EXISTS "${table}_fts_idx" ON "${table}" USING GIN ("search_vector")`]
  const facets = facetIndex(table, columns)
  if (facets) {
    indexes.push(facets)
  }
  for (const column of columns) {
    const method = indexMethod(column)
    if (method) {
      indexes.push(`CREATE INDEX IF NOT EXISTS "${indexName(table, column.name)}" ON "${table}" USING ${method} ("${column.name}")`)
    }
  }
  return { table: statements, indexes }
}

/**
 * btree where a column filters or sorts, GIN for filterable arrays. btree and
 * GIN entries are capped at ~2.7 KB, and a longer value would fail the write:
 * keywords (codes, handles, ids) stay far below, but a filterable `text` field
 * may hold paragraphs, so it gets a hash index (equality only, no cap), and a
 * `text` array none.
 */
function indexMethod(column: TypedColumn): string | undefined {
  const { filterable, sortable } = column.planned.field
  const prose = column.planned.kind === "text"
  if (column.array) {
    return filterable && !prose ? "GIN" : undefined
  }
  if (prose) {
    return filterable ? "hash" : undefined
  }
  return filterable || sortable ? "btree" : undefined
}

/**
 * The facet index: one btree over the native columns a query without text reads, so it is
 * answered by an index-only scan instead of visiting every heap page that holds a match (ADR 033:
 * `kind = …` matched a third of the rows, spread over every page). Keys are the scalar keyword and
 * boolean columns, filter-only keywords (the store's `status`) first, then the numbers; the arrays
 * of keywords ride along as INCLUDE columns (facets and membership tests read them, no range does).
 * A condition on a later key still uses the index through skip scans (PostgreSQL 18), and any
 * mix of conditions reads it as a narrow copy of the table. Prose (hash-indexed text) stays out:
 * a btree entry is capped at ~2.7 KB.
 */
function facetIndex(table: string, columns: TypedColumn[]): string | undefined {
  const keyword = (c: TypedColumn) => !c.array && c.type === "text" && c.planned.kind !== "text"
  const rank = (c: TypedColumn) =>
    keyword(c) && !isFacetable(c.planned.field)
      ? 0
      : c.type === "boolean" && !c.array
        ? 1
        : keyword(c)
          ? 2
          : c.type === "float8" && !c.array
            ? 3
            : 4
  const keys = columns.filter((c) => rank(c) < 4).sort((a, b) => rank(a) - rank(b))
  const included = columns.filter((c) => c.array && c.planned.kind !== "text")
  if (!keys.length) {
    return undefined
  }
  const list = (cs: TypedColumn[]) => cs.map((c) => `"${c.name}"`).join(", ")
  return `CREATE INDEX IF NOT EXISTS "${indexName(table, "facets")}" ON "${table}" USING btree (${list(keys)})${
    included.length ? ` INCLUDE (${list(included)})` : ""
  }`
}
