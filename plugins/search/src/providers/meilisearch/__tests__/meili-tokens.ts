/**
 * Splits a Meilisearch filter into tokens the way Meilisearch's filter parser
 * (crates/filter-parser, value.rs) reads quoted values: a `"…"` token ends at
 * the first quote not escaped by a backslash, `\"` becomes `"` and `\\`
 * becomes `\`. Used to prove a compiled filter has the intended structure
 * whatever the values contain.
 */
export type Token = { kind: "string"; value: string } | { kind: "symbol"; value: string } | { kind: "word"; value: string }

export function tokenize(filter: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < filter.length) {
    const char = filter[i]
    if (/\s/.test(char)) {
      i++
    } else if (char === '"') {
      let raw = ""
      i++
      while (i < filter.length && filter[i] !== '"') {
        if (filter[i] === "\\") {
          raw += filter[i++]
        }
        raw += filter[i++]
      }
      if (filter[i] !== '"') {
        throw new Error(`unterminated quoted value in ${filter}`)
      }
      i++
      tokens.push({ kind: "string", value: raw.replace(/\\"/g, '"').replace(/\\\\/g, "\\") })
    } else if (/[()[\],]/.test(char)) {
      tokens.push({ kind: "symbol", value: char })
      i++
    } else if (/[<>!=]/.test(char)) {
      const op = filter.slice(i, i + 2)
      const value = op === ">=" || op === "<=" || op === "!=" ? op : char
      tokens.push({ kind: "symbol", value })
      i += value.length
    } else {
      let word = ""
      while (i < filter.length && !/[\s()[\],<>!="]/.test(filter[i])) {
        word += filter[i++]
      }
      tokens.push({ kind: "word", value: word })
    }
  }
  return tokens
}

/** Tokens rendered compactly for assertions: strings as JSON, the rest verbatim. */
export function shape(filter: string): string[] {
  return tokenize(filter).map((token) => (token.kind === "string" ? JSON.stringify(token.value) : token.value))
}
