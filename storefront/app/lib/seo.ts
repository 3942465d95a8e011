import type { MetaDescriptor } from "react-router"
import { imageUrl } from "./image-url"
import { LOCALES, LOCALE_TAGS, type Locale } from "./i18n"

export type PageMeta = { title: string; description: string; path: string; image?: string | null; noindex?: boolean; type?: string }

/**
 * Title, description, canonical, hreflang alternates and Open Graph for a page. `path` is the
 * path after the locale ("/products/x"), `origin` the storefront's public origin.
 */
export function pageMeta(meta: PageMeta | undefined, locale: Locale, origin: string): MetaDescriptor[] {
  if (!meta) return []
  const url = `${origin}/${locale}${meta.path}`
  const tags: MetaDescriptor[] = [
    { title: meta.title },
    { name: "description", content: meta.description },
    { tagName: "link", rel: "canonical", href: url },
    ...LOCALES.map((alt) => ({ tagName: "link", rel: "alternate", hrefLang: alt, href: `${origin}/${alt}${meta.path}` })),
    { tagName: "link", rel: "alternate", hrefLang: "x-default", href: `${origin}/az${meta.path}` },
    { property: "og:title", content: meta.title },
    { property: "og:description", content: meta.description },
    { property: "og:url", content: url },
    { property: "og:type", content: meta.type ?? "website" },
    { property: "og:site_name", content: "Creative Market" },
    { property: "og:locale", content: LOCALE_TAGS[locale].replace("-", "_") },
    { name: "twitter:card", content: meta.image ? "summary_large_image" : "summary" },
  ]
  if (meta.image) tags.push({ property: "og:image", content: `${origin}${imageUrl(meta.image, 1080)}` })
  if (meta.noindex) tags.push({ name: "robots", content: "noindex" })
  return tags
}

/** Meta for a route whose loader returns `{ meta }`, with the origin from the locale layout. */
export function routeMeta({
  loaderData,
  params,
  matches,
}: {
  loaderData: unknown
  params: { locale?: string }
  matches: readonly ({ id: string; loaderData?: unknown } | undefined)[]
}): MetaDescriptor[] {
  const layout = matches.find((match) => match?.id === "routes/locale")?.loaderData as { origin?: string } | undefined
  const locale = (LOCALES as readonly string[]).includes(params.locale ?? "") ? (params.locale as Locale) : "az"
  return pageMeta((loaderData as { meta?: PageMeta } | undefined)?.meta, locale, layout?.origin ?? "")
}

/** A page for one visitor (cart, checkout, account, the studio): its title, and never in search engines. */
export function privateMeta(title: string | undefined): MetaDescriptor[] {
  return [{ title: `${title ?? ""} · Creative Market` }, { name: "robots", content: "noindex" }]
}
