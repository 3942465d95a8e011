import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError } from "@medusajs/framework/utils"

export const SHOP_FIELDS = [
  "id",
  "handle",
  "name",
  "bio",
  "logo_url",
  "banner_url",
  "programme",
  "legal_type",
  "tax_id",
  "email",
  "country_code",
  "status",
  "status_reason",
  "status_changed_at",
  "created_at",
  "updated_at",
]

/** A shop as its members and operators see it, with its status history. */
export async function retrieveShop(container: MedusaContainer, id: string, locale?: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph(
    { entity: "creator", fields: [...SHOP_FIELDS, "status_changes.*"], filters: { id } },
    locale ? { locale } : undefined,
  )
  if (!data[0]) throw new MedusaError(MedusaError.Types.NOT_FOUND, `Creator ${id} was not found.`)
  return data[0]
}
