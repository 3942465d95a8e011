import type { Fragment } from "./typed-filters"

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
