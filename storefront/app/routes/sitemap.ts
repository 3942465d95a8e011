import { env } from "~/env.server"
import { cached } from "~/lib/cache.server"
import { LOCALES } from "~/lib/i18n"
import { store } from "~/lib/medusa.server"

async function all<T>(path: string, key: string, fields?: string): Promise<T[]> {
  const items: T[] = []
  for (let offset = 0; offset < 50_000; offset += 100) {
    const page = await store<Record<string, unknown> & { count: number }>(path, {
      query: { limit: 100, offset, ...(fields ? { fields } : {}) },
    })
    items.push(...(page[key] as T[]))
    if (offset + 100 >= page.count) break
  }
  return items
}

/** Every product, creator and category in each locale, with hreflang alternates. */
export async function loader() {
  const xml = await cached("sitemap", 10 * 60_000, async () => {
    const [products, creators, categories] = await Promise.all([
      all<{ handle: string; updated_at?: string }>("/store/products", "products", "handle,updated_at"),
      all<{ handle: string }>("/store/creators", "creators"),
      all<{ handle: string }>("/store/product-categories", "product_categories", "handle"),
    ])
    const paths = [
      { path: "", lastmod: undefined as string | undefined },
      { path: "/creators" },
      { path: "/search" },
      ...products.map((p) => ({ path: `/products/${p.handle}`, lastmod: p.updated_at })),
      ...creators.map((c) => ({ path: `/creators/${c.handle}` })),
      ...categories.map((c) => ({ path: `/categories/${c.handle}` })),
    ]
    const urls = paths.flatMap(({ path, lastmod }: { path: string; lastmod?: string }) =>
      LOCALES.map(
        (locale) =>
          `<url><loc>${env.STOREFRONT_URL}/${locale}${path}</loc>${lastmod ? `<lastmod>${lastmod.slice(0, 10)}</lastmod>` : ""}${LOCALES.map(
            (alt) => `<xhtml:link rel="alternate" hreflang="${alt}" href="${env.STOREFRONT_URL}/${alt}${path}"/>`,
          ).join("")}</url>`,
      ),
    )
    return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join("\n")}\n</urlset>\n`
  })
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": "public, max-age=600" } })
}
