import { RUN_FUNCTION } from "./text"
import type { Fragment } from "./typed-filters"
import type { DbManager } from "./vocabulary"

const MARK = /\u0001(\d+)\u0002/g

/**
 * Builds one statement out of pieces written in any order. The entity
 * manager takes positional `?` parameters, so a value bound while building an
 * inner piece that lands later in the text would shift every other one. Each
 * bound value gets a marker instead, turned into `?` in text order at the end;
 * a piece used twice (the tsquery, the filters) simply binds twice.
 */
export class Statement {
  protected readonly values_: unknown[] = []

  /** A placeholder for `value`, optionally cast. */
  bind(value: unknown, type?: string): string {
    this.values_.push(value)
    return `\u0001${this.values_.length - 1}\u0002${type ? `::${type}` : ""}`
  }

  /** A `?`-parameterised fragment (the filter compilers'), with its values bound. */
  embed(fragment: Fragment): string {
    let next = 0
    return fragment.sql.replace(/\?/g, () => this.bind(fragment.params[next++]))
  }

  finish(text: string): { sql: string; params: unknown[] } {
    const params: unknown[] = []
    const sql = text.replace(MARK, (_, index: string) => {
      params.push(this.values_[Number(index)])
      return "?"
    })
    return { sql, params }
  }
}

/** An array as Postgres' array text (`{"a","b"}`), as the driver sends one. */
const arrayText = (values: unknown[]): string =>
  `{${values.map((v) => (v === null || v === undefined ? "NULL" : `"${String(v).replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`)).join(",")}}`

/**
 * A value as an untyped SQL string constant: like a bound parameter, it takes its type from where
 * it stands (`?::tsquery`, `"f_kind" = ?`). `E''` reads backslashes the same way whatever
 * `standard_conforming_strings` says, so doubling both is the whole escape.
 */
export function literal(value: unknown): string {
  if (value === null || value === undefined) return "NULL"
  const text =
    value instanceof Date
      ? value.toISOString()
      : Array.isArray(value)
        ? arrayText(value)
        : typeof value === "object"
          ? JSON.stringify(value)
          : String(value)
  return `E'${text.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`
}

/** `sql` with each `?` replaced by its value's literal, in order (the entity manager's placeholder). */
export function inline(sql: string, params: unknown[]): string {
  let next = 0
  return sql.replace(/\?/g, () => literal(params[next++]))
}

/**
 * Runs a read through `RUN_FUNCTION`: sequential scans and JIT off, the trigram thresholds when
 * given, one round trip instead of a transaction's four. Rows come back as objects (via jsonb).
 */
export async function runIndexed(manager: DbManager, sql: string, params: unknown[], trgmThreshold?: number): Promise<any[]> {
  const rows = await manager.execute(`SELECT r FROM ${RUN_FUNCTION}(?, ?::float8) AS r`, [inline(sql, params), trgmThreshold ?? null])
  return rows.map((row) => (typeof row.r === "string" ? JSON.parse(row.r) : row.r))
}
