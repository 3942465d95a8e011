import { useEffect, useRef } from "react"
import { Form, Link, useNavigation, useSubmit } from "react-router"
import type { Route } from "./+types/search"
import { Pagination } from "~/components/pagination"
import { ProductGrid } from "~/components/product-card"
import { facetOptions } from "~/lib/facets.server"
import { translate } from "~/lib/i18n.server"
import { hitTitle, PAGE_SIZE, parseSearchState, SORTS } from "~/lib/search"
import { searchProducts } from "~/lib/search.server"
import { routeMeta } from "~/lib/seo"
import { shopContext } from "~/lib/shop.server"
import { useLocale, useT } from "~/lib/use-t"
import { FacetGroup, PriceRange } from "~/components/facets"
import { pageCount, redirectPastLastPage } from "~/lib/paging.server"

export async function loader({ request, context }: Route.LoaderArgs) {
  const shop = context.get(shopContext)
  const url = new URL(request.url)
  const state = parseSearchState(url.searchParams)
  const answer = await searchProducts(state, shop.currency, request.signal)
  const pages = pageCount(answer.count, PAGE_SIZE)
  redirectPastLastPage(request, state.page, pages)
  const facets = await facetOptions(shop, answer.facets, state)
  const products = answer.hits.map((hit) => {
    const price = hit.document[`price_${shop.currency}`]
    return {
      id: hit.id,
      handle: String(hit.document.handle ?? ""),
      title: hitTitle(hit, shop.locale),
      thumbnail: (hit.document.thumbnail as string | undefined) ?? null,
      kind: hit.document.kind ?? null,
      creatorName: hit.document.creator_name ?? null,
      price: typeof price === "number" ? { amount: price, currency: shop.currency } : null,
    }
  })
  const title = state.q ? `${state.q} · ${translate(shop.locale, "search.title")}` : translate(shop.locale, "search.title")
  return {
    meta: {
      title: `${title} · Creative Market`,
      description: translate(shop.locale, "brand.tagline"),
      path: "/search",
      noindex: url.search !== "",
    },
    state,
    products,
    count: answer.count,
    pages,
    facets,
  }
}

export const meta: Route.MetaFunction = (args) => routeMeta(args)

export default function Search({ loaderData }: Route.ComponentProps) {
  const { state, products, count, pages, facets } = loaderData
  const t = useT()
  const locale = useLocale()
  const submit = useSubmit()
  const navigation = useNavigation()
  const form = useRef<HTMLFormElement>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const searching = navigation.state === "loading" && navigation.location?.pathname === `/${locale}/search`
  useEffect(() => () => clearTimeout(timer.current), [])

  // results as you type: a short debounce; React Router aborts the previous request when a new one starts
  const update = (delay: number) => {
    clearTimeout(timer.current)
    timer.current = setTimeout(() => form.current && submit(form.current, { replace: true, preventScrollReset: true }), delay)
  }

  return (
    <main id="main" className="container-page py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t("search.title")}</h1>
      <Form ref={form} method="get" className="mt-6 grid gap-8 lg:grid-cols-[16rem_1fr]" onChange={() => update(0)}>
        <div className="lg:col-span-2">
          <label htmlFor="q" className="label">
            {t("search.label")}
          </label>
          <div className="flex gap-2">
            <input
              id="q"
              type="search"
              name="q"
              defaultValue={state.q}
              key={state.q === "" ? "empty" : "q"}
              placeholder={t("search.placeholder")}
              className="input text-base"
              autoComplete="off"
              onChange={(event) => {
                event.stopPropagation()
                update(250)
              }}
            />
            <button type="submit" className="btn-primary">
              {t("search.submit")}
            </button>
          </div>
        </div>
        <aside
          aria-label={t("search.filters")}
          className="space-y-6"
          // remounted when the selection changes elsewhere (a link, back button), so the boxes show the URL's state
          key={JSON.stringify([state.kind, state.programme, state.category, state.creator, state.origin, state.export])}
        >
          <FacetGroup name="kind" legend={t("search.kind")} options={facets.kind} />
          <FacetGroup name="programme" legend={t("search.programme")} options={facets.programme} />
          <FacetGroup name="category" legend={t("search.category")} options={facets.category} />
          <FacetGroup name="creator" legend={t("search.creator")} options={facets.creator} />
          <FacetGroup name="origin" legend={t("search.origin")} options={facets.origin} />
          <FacetGroup name="export" legend={t("search.exportReady")} options={facets.export} />
          <PriceRange min={state.min} max={state.max} stats={facets.price} onType={() => update(400)} />
          <div className="flex flex-col gap-2">
            <noscript>
              <button type="submit" className="btn-primary w-full">
                {t("search.apply")}
              </button>
            </noscript>
            <Link to={`/${locale}/search`} className="text-sm font-semibold text-brand-700 hover:underline">
              {t("search.clear")}
            </Link>
          </div>
        </aside>
        <section aria-labelledby="results-heading" aria-busy={searching}>
          <div className="mb-4 flex flex-wrap items-center justify-between gap-3">
            <h2 id="results-heading" className="text-sm text-stone-700" aria-live="polite">
              {searching ? t("search.loading") : state.q ? t("search.resultsFor", { count, q: state.q }) : t("search.results", { count })}
            </h2>
            <div className="flex items-center gap-2">
              <label htmlFor="sort" className="text-sm text-stone-700">
                {t("search.sort")}
              </label>
              <select key={state.sort} id="sort" name="sort" defaultValue={state.sort} className="input w-auto">
                {SORTS.map((sort) => (
                  <option key={sort} value={sort}>
                    {t(SORT_LABELS[sort])}
                  </option>
                ))}
              </select>
            </div>
          </div>
          {products.length === 0 ? <p className="card p-6 text-stone-700">{t("search.none")}</p> : <ProductGrid products={products} />}
          <Pagination page={state.page} pages={pages} />
        </section>
      </Form>
    </main>
  )
}

const SORT_LABELS = {
  relevance: "search.sort.relevance",
  newest: "search.sort.newest",
  "price-asc": "search.sort.priceAsc",
  "price-desc": "search.sort.priceDesc",
} as const

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
