/**
 * The product search document: one per product, with its text in az, en and ru, its shop, its
 * kind, its cheapest price per currency and the markets it is export-ready for. Products of shops that are not approved get no
 * document (the ingestion then deletes theirs).
 */
import { foldText } from "@creative-market/search/lib/fold"
import { CURRENCIES, LOCALES } from "../markets"

export { CURRENCIES, LOCALES }

export const PRODUCT_GRAPH_FIELDS = [
  "id",
  "handle",
  "title",
  "subtitle",
  "description",
  "thumbnail",
  "status",
  "origin_country",
  "created_at",
  "categories.id",
  "categories.name",
  "tags.value",
  "sales_channels.id",
  "variants.prices.amount",
  "variants.prices.currency_code",
  "variants.prices.price_rules.attribute",
  "creator.id",
  "creator.name",
  "creator.handle",
  "creator.programme",
  "creator.status",
  "listing.kind",
]

type Translation = { reference_id: string; locale_code: string; translations: Record<string, string | null> }

/** Cheapest plain price (no price rules) per currency. */
export function minPrices(row: any): Record<string, number | null> {
  const result: Record<string, number | null> = {}
  for (const currency of CURRENCIES) {
    const amounts = (row.variants ?? [])
      .flatMap((variant: any) => variant?.prices ?? [])
      .filter((price: any) => price?.currency_code === currency && !(price.price_rules ?? []).length)
      .map((price: any) => Number(price.amount))
      .filter((amount: number) => Number.isFinite(amount))
    result[`price_${currency}`] = amounts.length ? Math.min(...amounts) : null
  }
  return result
}

/** `markets`: the ISO-2 countries of the export partners the product is ready for (export-listings' readiness). */
export function toProductDocument(row: any, translations: Translation[], markets: string[] = []) {
  if (row.creator && row.creator.status !== "approved") return null
  const text: Record<string, string | null> = {}
  for (const locale of LOCALES) {
    const translated = translations.find((t) => t.reference_id === row.id && t.locale_code.split("-")[0] === locale)?.translations ?? {}
    text[`title_${locale}`] = translated.title ?? row.title ?? null
    text[`description_${locale}`] = translated.description ?? row.description ?? null
  }
  return {
    id: row.id,
    handle: row.handle,
    thumbnail: row.thumbnail ?? null,
    status: row.status,
    ...text,
    title_folded: foldText(LOCALES.map((locale) => text[`title_${locale}`] ?? "").join(" ")),
    creator_name: row.creator?.name ?? null,
    creator_handle: row.creator?.handle ?? null,
    programme: row.creator?.programme ?? null,
    kind: row.listing?.kind ?? "physical",
    category_ids: (row.categories ?? []).filter(Boolean).map((c: any) => c.id),
    category_names: (row.categories ?? []).filter(Boolean).map((c: any) => c.name),
    tags: (row.tags ?? []).filter(Boolean).map((t: any) => t.value),
    ...minPrices(row),
    export_ready: markets.length > 0,
    export_markets: markets,
    origin_country: row.origin_country ?? null,
    sales_channel_ids: (row.sales_channels ?? []).filter(Boolean).map((c: any) => c.id),
    created_at: row.created_at,
  }
}
