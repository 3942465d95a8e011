import type { ListingKind } from "../modules/listing/types"

type Price = { currency_code: string; amount: number }
type VariantPayload = {
  title: string
  sku?: string | null
  options?: Record<string, string>
  prices: Price[]
  weight?: number | null
}
type ProductPayload = {
  kind: ListingKind
  title: string
  handle?: string
  subtitle?: string | null
  description?: string | null
  category_ids?: string[]
  options?: { title: string; values: string[] }[]
  variants: VariantPayload[]
}

/**
 * The option a listing gets when the creator names none: one value per variant title. The storefront
 * shows these titles in the reader's language (storefront/app/lib/option-title.ts): rename both together.
 */
export const DEFAULT_OPTION_TITLE: Record<ListingKind, string> = { physical: "Variant", digital: "Licence", service: "Package" }

/**
 * Maps a creator's listing payload onto Medusa's createProductsWorkflow input. The kind
 * decides shipping: only physical goods get the shipping profile and managed inventory, so
 * digital and service lines never require shipping in a cart.
 */
export function toProductInput(
  payload: ProductPayload,
  ctx: { shipping_profile_id?: string | null; sales_channel_id?: string | null; tag_ids?: string[] },
) {
  const physical = payload.kind === "physical"
  const defaultOption = DEFAULT_OPTION_TITLE[payload.kind]
  const options = payload.options?.length ? payload.options : [{ title: defaultOption, values: payload.variants.map((v) => v.title) }]
  return {
    title: payload.title,
    subtitle: payload.subtitle ?? undefined,
    description: payload.description ?? undefined,
    handle: payload.handle,
    status: "draft" as const,
    is_giftcard: false,
    discountable: true,
    category_ids: payload.category_ids,
    tag_ids: ctx.tag_ids,
    shipping_profile_id: physical ? (ctx.shipping_profile_id ?? undefined) : undefined,
    sales_channels: ctx.sales_channel_id ? [{ id: ctx.sales_channel_id }] : undefined,
    options,
    metadata: { kind: payload.kind },
    variants: payload.variants.map((variant) => toVariantInput(payload.kind, variant, payload.options?.length ? undefined : defaultOption)),
  }
}

export function toVariantInput(kind: ListingKind, variant: VariantPayload, defaultOption?: string) {
  return {
    title: variant.title,
    sku: variant.sku ?? undefined,
    options: variant.options ?? (defaultOption ? { [defaultOption]: variant.title } : undefined),
    prices: variant.prices.map((p) => ({ currency_code: p.currency_code, amount: p.amount })),
    manage_inventory: kind === "physical",
    allow_backorder: false,
    weight: kind === "physical" ? (variant.weight ?? undefined) : undefined,
  }
}
