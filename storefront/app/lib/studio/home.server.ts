import type { Locale } from "~/lib/i18n"
import { store } from "~/lib/medusa.server"
import { CreatorApiError } from "./api.server"
import { asMember, type Studio } from "./auth.server"
import type { Market } from "./export.server"
import { SALES_DAYS } from "./sales"
import type { CreatorOrder, Product } from "./types"

const PAGE = 100
/** A busy shop's home reads at most this many orders for its 30-day chart. */
const MAX_ORDERS = 500
/** Export readiness is looked up for at most this many physical listings (two calls each). */
const MAX_EXPORT_CHECKS = 30

/** The shop's orders of the last 30 days (and a day more, for the time zones), newest first. */
export async function recentOrders(studio: Studio, now = new Date()): Promise<CreatorOrder[]> {
  const since = now.getTime() - (SALES_DAYS + 1) * 86_400_000
  const orders: CreatorOrder[] = []
  for (let offset = 0; offset < MAX_ORDERS; offset += PAGE) {
    const page = await asMember<{ orders: CreatorOrder[]; count: number }>(studio, "/creator/orders", { query: { limit: PAGE, offset } })
    orders.push(...page.orders)
    const oldest = page.orders.at(-1)
    if (page.orders.length < PAGE || !oldest || Date.parse(oldest.created_at) < since) break
  }
  return orders
}

export type UnreadyExport = { id: string; title: string; score: number }

/** Physical listings with an export profile that no partner market accepts yet, with their best score. */
export async function unreadyExports(studio: Studio, products: Product[]): Promise<UnreadyExport[]> {
  const physical = products.filter((p) => p.listing?.kind === "physical").slice(0, MAX_EXPORT_CHECKS)
  const checked = await Promise.all(
    physical.map(async (product) => {
      const base = `/creator/products/${product.id}`
      try {
        const { export_profile } = await asMember<{ export_profile: object | null }>(studio, `${base}/export-profile`)
        if (!export_profile) return null
        const { readiness } = await asMember<{ readiness: { markets: Market[] } }>(studio, `${base}/readiness`)
        const markets = readiness.markets
        if (!markets.length || markets.some((m) => m.ready)) return null
        return { id: product.id, title: product.title, score: Math.max(...markets.map((m) => m.score)) }
      } catch (error) {
        // a listing deleted meanwhile is simply not listed
        if (error instanceof CreatorApiError && error.status === 404) return null
        throw error
      }
    }),
  )
  return checked.filter((item) => item !== null)
}

/**
 * Product titles in the reader's language: the catalogue's translations (one Store API call) for
 * listings in the store, the listing's own translations for the rest (drafts, rejected ones).
 */
export async function localTitles(studio: Studio, ids: string[], locale: Locale): Promise<Record<string, string>> {
  const unique = [...new Set(ids)]
  if (!unique.length) return {}
  const { products } = await store<{ products: { id: string; title: string }[] }>("/store/products", {
    query: { id: unique, fields: "id,title", locale, limit: unique.length },
  }).catch(() => ({ products: [] }))
  const titles: Record<string, string> = Object.fromEntries(products.map((p) => [p.id, p.title]))
  const missing = unique.filter((id) => !titles[id])
  await Promise.all(
    missing.map(async (id) => {
      const { product } = await asMember<{ product: Product & { translations?: Record<string, { title?: string }> } }>(
        studio,
        `/creator/products/${id}`,
      ).catch(() => ({ product: null }))
      const title = product?.translations?.[locale]?.title
      if (title) titles[id] = title
    }),
  )
  return titles
}
