import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export const PROFILE_FIELDS = ["export_profile.*", "export_profile.variant_overrides.*"]

/** The private file of a cultural-goods certificate as clients see it: never its storage key. */
export type CertificateFile = { filename: string; mime_type: string; size: number }

/**
 * The product's export profile with its variant overrides, or null when it has none yet. The
 * certificate document appears as `cultural_certificate_file` (name, type, size); its storage key
 * stays on the server.
 */
export async function retrieveExportProfile(container: MedusaContainer, productId: string) {
  const profile = await retrieveStoredProfile(container, productId)
  if (!profile) return null
  const {
    variant_overrides,
    cultural_certificate_file_id,
    cultural_certificate_file_name,
    cultural_certificate_file_type,
    cultural_certificate_file_size,
    ...fields
  } = profile
  const file: CertificateFile | null = cultural_certificate_file_id
    ? { filename: cultural_certificate_file_name, mime_type: cultural_certificate_file_type, size: cultural_certificate_file_size }
    : null
  return { ...fields, cultural_certificate_file: file, variants: (variant_overrides ?? []).filter(Boolean) }
}

/** The profile row as stored (with the certificate's file key), or null. */
export async function retrieveStoredProfile(container: MedusaContainer, productId: string): Promise<Record<string, any> | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", ...PROFILE_FIELDS], filters: { id: productId } })
  return (data[0]?.export_profile as Record<string, any> | undefined) ?? null
}
