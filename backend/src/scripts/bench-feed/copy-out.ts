import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

/**
 * `COPY (<select>) TO STDOUT` over the pool's own pg client, counting the bytes and dropping them: the
 * database's floor for producing the feed's rows. A minimal pg "submittable" (what pg-copy-streams
 * does), so the benchmark needs no extra package.
 */
export async function copyOutBytes(container: MedusaContainer, select: string): Promise<number> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const client = await knex.client.acquireConnection()
  try {
    return await new Promise<number>((resolve, reject) => {
      let bytes = 0
      let failed: Error | null = null
      client.query({
        submit: (connection: any) => connection.query(`COPY (${select}) TO STDOUT`),
        handleCopyData: (message: { chunk: Buffer }) => void (bytes += message.chunk.length),
        handleCommandComplete: () => {},
        handleRowDescription: () => {},
        handleDataRow: () => {},
        handleEmptyQuery: () => {},
        handleError: (error: Error) => void (failed = error),
        handleReadyForQuery: () => (failed ? reject(failed) : resolve(bytes)),
      })
    })
  } finally {
    await knex.client.releaseConnection(client)
  }
}
