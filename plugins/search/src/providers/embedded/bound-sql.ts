import type { DbManager } from "./vocabulary"

type KnexManager = DbManager & { getKnex?: () => any; getTransactionContext?: () => unknown }

/**
 * `sql` with real bind parameters (`?`) on the manager's connection and transaction. MikroORM's
 * `execute` inlines every value into the statement's text, escaping it in JavaScript character by
 * character: for a batch's jsonb of 1,000 documents that was ~12 s of CPU, and much of the
 * garbage, in a 50k reindex (ADR 036).
 */
export async function executeBound(manager: KnexManager, sql: string, params: unknown[]): Promise<any[]> {
  if (!manager.getKnex) return manager.execute(sql, params)
  const statement = manager.getKnex().raw(sql, params)
  const transaction = manager.getTransactionContext?.()
  const result = await (transaction ? statement.transacting(transaction) : statement)
  return result.rows
}
