import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const PROFILE_FIELDS = ["export_profile.*", "export_profile.variant_overrides.*"]

/** The product's export profile with its variant overrides, or null when it has none yet. */
export async function retrieveExportProfile(container: MedusaContainer, productId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", ...PROFILE_FIELDS], filters: { id: productId } })
  const profile = data[0]?.export_profile
  if (!profile) return null
  const { variant_overrides, ...fields } = profile as any
  return { ...fields, variants: (variant_overrides ?? []).filter(Boolean) }
}
