import { afterAll, beforeAll, describe, expect, it } from "vitest"
import { openTestDatabase, type TestDatabase } from "../../../__tests__/provider-suite/pg-harness"
import { runEmbeddedMigrations } from "../migrations-list"
import { FOLD_FUNCTION, foldText, TS_CONFIG } from "../text"
import { candidatesSql } from "../vocabulary"

let db: TestDatabase
const sql = async (query: string, params: unknown[] = []) => db.manager.execute(query, params)

beforeAll(async () => {
  db = await openTestDatabase("embedded_text")
  await runEmbeddedMigrations(db.manager)
}, 120_000)

afterAll(async () => {
  await db?.close()
}, 60_000)

describe("the az/ru fold", () => {
  const samples = [
    "Qırmızı XALÇA və İpək KƏLAĞAYI",
    "ŞƏKİ, Gəncə, Lənkəran, Ağdam, Göygöl, Üzüm, Çay",
    "Шерстяной КОВЁР, ёлка, Ёж",
    "Istanbul IĞDIR ışık",
    "Cafe\u0301 and c\u0327ay (decomposed)",
    "plain English with ASCII only",
  ]

  it("gives the same text in SQL and in JavaScript", async () => {
    for (const sample of samples) {
      const [row] = await sql(`SELECT ${FOLD_FUNCTION}(?) AS folded`, [sample])
      expect(row.folded, sample).toBe(foldText(sample))
    }
  })

  it("turns Azerbaijani and Russian words into their ASCII and е spellings", async () => {
    const [row] = await sql(`SELECT to_tsvector('${TS_CONFIG}', ${FOLD_FUNCTION}(?))::text AS vector`, [
      "Qırmızı xalça, kəlağayı, КОВЁР, café",
    ])
    expect(row.vector).toBe("'cafe':5 'kelagayi':3 'qirmizi':1 'xalca':2 'ковер':4")
  })

  it("keeps й apart from и", async () => {
    const [row] = await sql(`SELECT to_tsvector('${TS_CONFIG}', ${FOLD_FUNCTION}(?))::text AS vector`, ["йод иод"])
    expect(row.vector).toBe("'иод':2 'йод':1")
  })
})

describe("the vocabulary lookup", () => {
  it("can be served by the trigram index", async () => {
    await sql(`CREATE TABLE search_vocab_probe ("word" text COLLATE "C" PRIMARY KEY, "doc_count" integer NOT NULL)`)
    await sql(`CREATE INDEX search_vocab_probe_trgm ON search_vocab_probe USING GIN ("word" gin_trgm_ops)`)
    await sql(`INSERT INTO search_vocab_probe SELECT md5(i::text), 1 FROM generate_series(1, 5000) AS i`)
    await sql(`ANALYZE search_vocab_probe`)
    const { sql: lookup, params } = candidatesSql(
      "search_vocab_probe",
      [
        { word: "carpt", prefix: false },
        { word: "vinly", prefix: true },
      ],
      40,
    )
    // As the provider runs it: sequential scans off, so only an indexable form can avoid one.
    const plan = await db.manager.transactional(async (tx: any) => {
      await tx.execute("SET LOCAL enable_seqscan = off")
      const rows = await tx.execute(`EXPLAIN ${lookup}`, params)
      return rows.map((row: Record<string, string>) => row["QUERY PLAN"]).join("\n")
    })
    expect(plan).toContain("Bitmap Index Scan on search_vocab_probe_trgm")
    expect(plan).not.toContain("Seq Scan")
  })
})
