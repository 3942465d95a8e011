import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { imageSizes } from "../image-sizes"
import type { SqlClient } from "./catalogue-sql"
import type { MeasureImages } from "./scan"

/** Runs `fn` with a connection of the backend's pool (the catalogue statement speaks pg, not knex). */
export async function withCatalogueClient<T>(container: MedusaContainer, fn: (client: SqlClient) => Promise<T>): Promise<T> {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const client = await knex.client.acquireConnection()
  try {
    return await fn(client)
  } finally {
    await knex.client.releaseConnection(client)
  }
}

/** The backend's database connection as pg client settings a feed builder process can use. */
export function builderDatabase(container: MedusaContainer) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const connection = knex.client.config.connection
  const searchPath = knex.client.config.searchPath
  const settings = typeof connection === "string" ? { connectionString: connection } : { ...connection }
  return {
    connectionString: settings.connectionString,
    ssl: settings.ssl,
    ...(typeof settings.password === "string" ? { password: settings.password } : {}),
    ...(searchPath ? { options: `-c search_path=${[searchPath].flat().join(",")}` } : {}),
  }
}

/** Images measured by the backend (File module, sharp) and kept: see image-sizes.ts. */
export const measureImages =
  (container: MedusaContainer): MeasureImages =>
  async (urls) =>
    imageSizes(container, urls)
