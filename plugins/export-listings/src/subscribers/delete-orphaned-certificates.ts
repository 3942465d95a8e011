import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { EXPORT_LISTING_MODULE } from "../modules/export-listing"
import type ExportListingModuleService from "../modules/export-listing/service"

/**
 * A deleted product's certificate document (a private file) is deleted, then forgotten by its
 * profile. The product's link to its profile is soft-deleted with it, so Query no longer reaches the
 * profile: the link table is read directly, as feed builds do (lib/feeds/catalogue-sql.ts).
 */
export default async function deleteOrphanedCertificates({ event, container }: SubscriberArgs<{ id: string }>) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT ep.id, ep.cultural_certificate_file_id AS file_id FROM export_listing_export_profile_product_product l
     JOIN export_profile ep ON ep.id = l.export_profile_id
     WHERE l.product_id = ? AND ep.cultural_certificate_file_id IS NOT NULL`,
    [event.data.id],
  )
  if (!rows.length) return
  await container.resolve(Modules.FILE).deleteFiles(rows.map((row: { file_id: string }) => row.file_id))
  const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
  await service.updateExportProfiles(
    rows.map((row: { id: string }) => ({
      id: row.id,
      cultural_certificate_file_id: null,
      cultural_certificate_file_name: null,
      cultural_certificate_file_type: null,
      cultural_certificate_file_size: null,
    })),
  )
}

export const config: SubscriberConfig = { event: "product.deleted" }
