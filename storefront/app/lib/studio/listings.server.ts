import { env } from "~/env.server"
import { translate } from "~/lib/i18n.server"
import type { Locale } from "~/lib/i18n"
import { CreatorApiError } from "./api.server"
import { asMember, type Studio } from "./auth.server"
import { listingState } from "./listing-state"
import { available, type Product } from "./types"

export type ListFilters = { q?: string; state?: string; kind?: string }

/**
 * The shop's listings, filtered. The API filters by text; kind and state are applied here over the
 * newest 100 (a shop with more sees a notice to narrow the search).
 */
export async function listListings(studio: Studio, filters: ListFilters) {
  const { products, count } = await asMember<{ products: Product[]; count: number }>(studio, "/creator/products", {
    query: { limit: 100, q: filters.q || undefined },
  })
  const shown = products.filter(
    (p) => (!filters.kind || p.listing?.kind === filters.kind) && (!filters.state || listingState(p) === filters.state),
  )
  return { products: shown, truncated: count > products.length }
}

/** A new draft with the same texts, options, variants, prices, details and images (not the private files, not the SKUs). */
export async function duplicateListing(studio: Studio, id: string, locale: Locale): Promise<string> {
  const { product } = await asMember<{ product: Product & { translations?: Record<string, Record<string, string>> } }>(
    studio,
    `/creator/products/${id}`,
  )
  const listing = product.listing!
  const translations: Record<string, Record<string, string>> = {}
  for (const [lang, fields] of Object.entries(product.translations ?? {})) {
    for (const field of ["title", "subtitle", "description"] as const) if (fields[field]) (translations[field] ??= {})[lang] = fields[field]
  }
  const body = {
    kind: listing.kind,
    title: `${product.title} ${translate(locale, "studio.products.copySuffix")}`.slice(0, 200),
    subtitle: product.subtitle,
    description: product.description,
    ...(Object.keys(translations).length ? { translations } : {}),
    tags: (product.tags ?? []).map((t) => t.value),
    ...(product.options?.length
      ? { options: product.options.map((o) => ({ title: o.title, values: (o.values ?? []).map((v) => v.value) })) }
      : {}),
    variants: (product.variants ?? []).map((v) => ({
      title: v.title,
      prices: (v.prices ?? []).map((p) => ({ currency_code: p.currency_code, amount: p.amount })),
      ...(listing.kind === "physical" ? { stock: Math.max(0, available(v)), ...(v.weight ? { weight: v.weight } : {}) } : {}),
      ...(v.options?.length ? { options: Object.fromEntries(v.options.map((o) => [o.option?.title ?? "", o.value])) } : {}),
    })),
    ...(listing.kind === "service"
      ? {
          service: {
            delivery: listing.service_delivery,
            lead_time_days: listing.service_lead_time_days ?? 0,
            date_required: listing.service_date_required,
          },
        }
      : {}),
    ...(listing.kind === "digital"
      ? { digital: { download_limit: listing.download_limit, download_ttl_hours: listing.download_ttl_hours } }
      : {}),
  }
  const { product: copy } = await asMember<{ product: Product }>(studio, "/creator/products", { method: "POST", body })
  if (product.images?.length) await copyImages(studio, product, copy.id)
  return copy.id
}

async function copyImages(studio: Studio, from: Product, to: string) {
  const form = new FormData()
  for (const image of [...(from.images ?? [])].sort((a, b) => a.rank - b.rank).slice(0, 5)) {
    const response = await fetch(image.url).catch(() => null)
    if (response?.ok)
      form.append(
        "files",
        new Blob([await response.arrayBuffer()], { type: response.headers.get("content-type") ?? "image/webp" }),
        `${image.id}.webp`,
      )
  }
  if (!form.has("files")) return
  const response = await fetch(new URL(`/creator/products/${to}/images`, env.MEDUSA_BACKEND_URL), {
    method: "POST",
    headers: { authorization: `Bearer ${studio.token}`, "x-creator-id": studio.shopId },
    body: form,
  })
  if (!response.ok) throw new CreatorApiError(response.status, "images: the copies could not be uploaded")
}
