import { catalogueProduct, catalogueSql, literal, type CatalogueProduct, type SqlClient } from "./catalogue-sql"

/** id ranges a catalogue read over two connections is cut into (ADR 039) */
const RANGES = 4

export type StreamOptions = {
  /** products per fetch */
  batch?: number
  /** a condition on `p` (all published products by default) */
  where?: string
}

/**
 * Opens one read-only snapshot of the catalogue on every client: the first client's transaction
 * exports its snapshot and the others import it, so all of them read the same catalogue.
 */
async function beginSnapshot(clients: SqlClient[]) {
  const [first, ...others] = clients
  await first.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
  const snapshot = others.length ? (await first.query("SELECT pg_export_snapshot() AS id")).rows[0].id : null
  for (const client of others) {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
    await client.query(`SET TRANSACTION SNAPSHOT '${snapshot}'`)
  }
  for (const client of clients) {
    // plan for all rows (hash joins), not for the first ones (nested loops): the default fraction is 0.1
    await client.query("SET LOCAL cursor_tuple_fraction = 1")
    await client.query("SET LOCAL work_mem = '64MB'")
  }
}

/**
 * Where `count` ranges of about equal size end, read off the product table's primary key (a few
 * index-only scans, not a sort of the selection): the last range is open.
 */
async function rangeEnds(client: SqlClient, count: number): Promise<string[]> {
  const { rows } = await client.query(
    `SELECT (SELECT id FROM product ORDER BY id OFFSET c.n * k / ${count} LIMIT 1) AS id
     FROM (SELECT count(*) AS n FROM product) c, generate_series(1, ${count - 1}) k ORDER BY k`,
  )
  return rows.map((row) => row.id).filter((id): id is string => !!id)
}

/**
 * The published products `where` keeps, in id order, `batch` at a time, through server-side cursors
 * in one read-only snapshot: memory holds a batch or two, whatever the catalogue's size. The next
 * batch is fetched while the current one is used. Given two clients, the products are read in id
 * ranges, a range on each client in turn, so the database works out the next range (its joins and
 * sorts finish before its first row) while this process turns the current one into items.
 */
export async function* streamCatalogue(clients: SqlClient[], language: string, currency: string, options: StreamOptions = {}) {
  const { batch = 1000, where = "true" } = options
  let finished = false
  try {
    await beginSnapshot(clients)
    const ends = clients.length > 1 ? await rangeEnds(clients[0], RANGES) : []
    const cursors = [...ends, null].map((end, i) => {
      const after = i > 0 ? ends[i - 1] : null
      const bounds = [after && `p.id > ${literal(after)}`, end && `p.id <= ${literal(end)}`].filter(Boolean)
      const client = clients[i % clients.length]
      const name = `feed_catalogue_${i}`
      const sql = catalogueSql(language, currency, [where, ...bounds].join(" AND "))
      const declared = client.query(`DECLARE ${name} NO SCROLL CURSOR FOR ${sql}`)
      declared.catch(() => {}) // awaited through the first fetch
      return { fetch: () => declared.then(() => client.query(`FETCH ${batch} FROM ${name}`)) }
    })
    let previous: string | null = null
    let next = cursors[0].fetch()
    for (let i = 0; i < cursors.length; i++) {
      // the next range starts on the other client while this one is read
      let following = i + 1 < cursors.length && clients.length > 1 ? cursors[i + 1].fetch() : null
      following?.catch(() => {})
      while (true) {
        const { rows } = await next
        if (!rows.length) break
        next = cursors[i].fetch()
        next.catch(() => {}) // awaited in turn; a consumer that stops early leaves no unhandled rejection
        const products: CatalogueProduct[] = []
        for (const row of rows) {
          // a product linked twice (to two shops, say) is read once, as it was with LIMIT 1 lookups
          if (row.id === previous) continue
          previous = row.id
          products.push(catalogueProduct(row, currency))
        }
        yield products
      }
      if (i + 1 < cursors.length) next = following ?? cursors[i + 1].fetch()
      following = null
    }
    for (const client of clients) await client.query("COMMIT")
    finished = true
  } finally {
    // an error, or a consumer that stopped early: the connections go back without the transaction
    if (!finished) for (const client of clients) await client.query("ROLLBACK").catch(() => {})
  }
}
