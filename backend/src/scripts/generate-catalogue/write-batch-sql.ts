import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"
import { type BatchRows, batchRows, TABLES } from "./batch-rows"
import type { GeneratedProduct } from "./compose"
import type { GeneratorContext } from "./context"

/** Postgres takes at most 65,535 bind parameters per statement; 2,000 rows stay well under it. */
const ROWS_PER_INSERT = 2_000

const knexOf = (container: MedusaContainer): Knex => container.resolve(ContainerRegistrationKeys.PG_CONNECTION)

/**
 * Fails before writing anything if a table lacks a column we write: the bulk path mirrors
 * Medusa 2.21's schema, and a Medusa upgrade that changes it must not leave half-made products.
 */
export async function checkSchema(container: MedusaContainer, sample: BatchRows) {
  const { rows } = await knexOf(container).raw<{ rows: { table_name: string; column_name: string }[] }>(
    "select table_name, column_name from information_schema.columns where table_schema = current_schema() and table_name = any(?)",
    [[...TABLES]],
  )
  const columns = new Set(rows.map((row) => `${row.table_name}.${row.column_name}`))
  const missing = TABLES.flatMap((table) => Object.keys(sample[table][0] ?? {}).map((column) => `${table}.${column}`)).filter(
    (name) => !columns.has(name),
  )
  if (missing.length) {
    throw new MedusaError(
      MedusaError.Types.UNEXPECTED_STATE,
      `The database schema differs from Medusa 2.21's (missing ${missing.join(", ")}): run \`medusa db:migrate\`, or generate with \`--writer services\`.`,
    )
  }
}

/**
 * Writes one batch as multi-row INSERTs in a single transaction: a batch lands whole or not at
 * all, so a re-run after a crash finds no half-made product. About 10× the rate of the module
 * services on a 2-core machine (see write-batch-services.ts for that path).
 */
export async function writeBatchWithSql(
  container: MedusaContainer,
  batch: { n: number; product: GeneratedProduct }[],
  context: GeneratorContext,
) {
  const rows = batchRows(batch, context)
  await knexOf(container).transaction(async (trx) => {
    for (const table of TABLES) {
      for (let i = 0; i < rows[table].length; i += ROWS_PER_INSERT) {
        await trx(table).insert(rows[table].slice(i, i + ROWS_PER_INSERT))
      }
    }
  })
}
