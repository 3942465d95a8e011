import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { EXPORT_LISTING_MODULE } from "../modules/export-listing"
import type ExportListingModuleService from "../modules/export-listing/service"

/**
 * A deleted product's export profile goes with it: its certificate document (a private file) is
 * deleted, then the profile and its variant overrides are soft-deleted, as the product is. The link's
 * `deleteCascade` does not reach the profile (Medusa soft-deletes only the link row), and Query no
 * longer reaches it either, so the link table is read directly. The product's items leave the next
 * feed builds (the catalogue event schedules them), which turns them into change-feed tombstones.
 */
export default async function deleteProductExportProfile({ event, container }: SubscriberArgs<{ id: string }>) {
  const knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await knex.raw(
    `SELECT ep.id, ep.cultural_certificate_file_id AS file_id FROM export_listing_export_profile_product_product l
     JOIN export_profile ep ON ep.id = l.export_profile_id AND ep.deleted_at IS NULL
     WHERE l.product_id = ?`,
    [event.data.id],
  )
  if (!rows.length) return
  const files = rows.map((row: { file_id: string | null }) => row.file_id).filter((id: string | null): id is string => !!id)
  if (files.length) await container.resolve(Modules.FILE).deleteFiles(files)
  const service: ExportListingModuleService = container.resolve(EXPORT_LISTING_MODULE)
  await service.softDeleteExportProfiles(rows.map((row: { id: string }) => row.id))
}

export const config: SubscriberConfig = { event: "product.deleted" }
