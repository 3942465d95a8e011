/**
 * What the creator workflows take. The HTTP validators (api/creator/products/validators.ts)
 * parse request bodies into these shapes; the workflows do not depend on the HTTP layer.
 */
import type { ListingKind, ServiceDelivery } from "../modules/listing/types"
import type { LocalizedText } from "../utils/translations"

/** A price in one of the store's currencies (lower-case code). */
export type PriceInput = { currency_code: string; amount: number }

export type VariantInput = {
  title: string
  sku?: string | null
  /** option title → chosen value */
  options?: Record<string, string>
  prices: PriceInput[]
  /** physical goods only: units in stock at the marketplace's location */
  stock?: number
  weight?: number | null
}
export type VariantUpdate = Partial<VariantInput>

export type ServiceTermsInput = { delivery: ServiceDelivery; lead_time_days: number; date_required: boolean }
export type DigitalTermsInput = { download_limit: number; download_ttl_hours: number }

type ProductText = {
  title: string
  subtitle?: string | null
  description?: string | null
  translations?: { title?: LocalizedText; subtitle?: LocalizedText; description?: LocalizedText }
  category_ids?: string[]
  tags?: string[]
}

export type CreatorProductInput = ProductText & {
  kind: ListingKind
  handle?: string
  options?: { title: string; values: string[] }[]
  variants: VariantInput[]
  service?: ServiceTermsInput
  digital?: DigitalTermsInput
}

/** Changes only what it names. */
export type CreatorProductUpdate = Partial<ProductText> & {
  service?: Partial<ServiceTermsInput>
  digital?: Partial<DigitalTermsInput>
}

export type DecideListingInput = { id: string; decision: "approve" | "reject"; reason?: string | null; actor_id?: string | null }
