import { Link } from "react-router"
import type { Route } from "./+types/home"
import { CreatorCard } from "~/components/creator-card"
import { ProductGrid } from "~/components/product-card"
import { cardFromProduct } from "~/lib/cards"
import { listCategories, listCollections, listCreators, listProducts } from "~/lib/catalogue.server"
import { translate } from "~/lib/i18n.server"
import type { MessageKey } from "~/lib/i18n"
import { routeMeta } from "~/lib/seo"
import { shopContext } from "~/lib/shop.server"
import { useLocale, useT } from "~/lib/use-t"

const KINDS = ["physical", "digital", "service"] as const
const PROGRAMMES = ["music", "gametech", "cultech", "crafts", "other"] as const

export async function loader({ context }: Route.LoaderArgs) {
  const shop = context.get(shopContext)
  const [creators, products, categories, collections] = await Promise.all([
    // featured shops have something to buy: a newly approved shop without listings waits for its first
    listCreators(shop, { limit: 4, with_listings: true }),
    listProducts(shop, { limit: 8, order: "-created_at" }),
    listCategories(shop),
    listCollections(shop),
  ])
  return {
    meta: { title: translate(shop.locale, "home.title"), description: translate(shop.locale, "brand.tagline"), path: "" },
    creators: creators.creators,
    products: products.products.map(cardFromProduct),
    categories: categories.filter((c) => !c.parent_category_id),
    collections,
  }
}

export const meta: Route.MetaFunction = (args) => routeMeta(args)

export default function Home({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  return (
    <main id="main">
      <section className="bg-gradient-to-br from-brand-50 via-white to-amber-50">
        <div className="container-page py-14 sm:py-20">
          <h1 className="max-w-2xl text-4xl font-bold tracking-tight text-stone-900 sm:text-5xl">{t("home.heroTitle")}</h1>
          <p className="mt-4 max-w-2xl text-lg text-stone-700">{t("home.heroText")}</p>
          <Link to={`/${locale}/search`} className="btn-primary mt-8 px-6 py-3 text-base">
            {t("home.heroCta")}
          </Link>
        </div>
      </section>
      <div className="container-page space-y-14 py-12">
        <section aria-labelledby="kinds">
          <h2 id="kinds" className="text-2xl font-bold">
            {t("home.kinds")}
          </h2>
          <ul className="mt-4 grid gap-4 sm:grid-cols-3">
            {KINDS.map((kind) => (
              <li key={kind}>
                <Link to={`/${locale}/search?kind=${kind}`} className="card block p-5 hover:border-brand-600">
                  <span className="block text-lg font-semibold">{t(`kind.${kind}`)}</span>
                  <span className="mt-1 block text-sm text-stone-700">{t(`kind.${kind}.text` as MessageKey)}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="new">
          <div className="flex items-baseline justify-between">
            <h2 id="new" className="text-2xl font-bold">
              {t("home.newListings")}
            </h2>
            <Link to={`/${locale}/search?sort=newest`} className="text-sm font-semibold text-brand-700 hover:underline">
              {t("home.heroCta")}
            </Link>
          </div>
          <div className="mt-4">
            <ProductGrid products={loaderData.products} />
          </div>
        </section>
        <section aria-labelledby="featured">
          <div className="flex items-baseline justify-between">
            <h2 id="featured" className="text-2xl font-bold">
              {t("home.featuredCreators")}
            </h2>
            <Link to={`/${locale}/creators`} className="text-sm font-semibold text-brand-700 hover:underline">
              {t("home.allCreators")}
            </Link>
          </div>
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
            {loaderData.creators.map((creator) => (
              <CreatorCard key={creator.id} creator={creator} />
            ))}
          </ul>
        </section>
        <section aria-labelledby="programmes">
          <h2 id="programmes" className="text-2xl font-bold">
            {t("home.programmes")}
          </h2>
          <ul className="mt-4 flex flex-wrap gap-3">
            {PROGRAMMES.map((programme) => (
              <li key={programme}>
                <Link
                  to={`/${locale}/search?programme=${programme}`}
                  className="inline-block rounded-full border border-stone-300 bg-white px-4 py-2 text-sm font-medium hover:border-brand-600"
                >
                  {t(`programme.${programme}`)}
                </Link>
              </li>
            ))}
          </ul>
        </section>
        {loaderData.categories.length > 0 ? (
          <section aria-labelledby="categories">
            <h2 id="categories" className="text-2xl font-bold">
              {t("home.categories")}
            </h2>
            <ul className="mt-4 flex flex-wrap gap-3">
              {loaderData.categories.map((category) => (
                <li key={category.id}>
                  <Link
                    to={`/${locale}/categories/${category.handle}`}
                    className="inline-block rounded-md bg-stone-100 px-3 py-2 text-sm hover:bg-stone-200"
                  >
                    {category.name}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        {loaderData.collections.length > 0 ? (
          <section aria-labelledby="collections">
            <h2 id="collections" className="text-2xl font-bold">
              {t("home.collections")}
            </h2>
            <ul className="mt-4 flex flex-wrap gap-3">
              {loaderData.collections.map((collection) => (
                <li key={collection.id}>
                  <Link
                    to={`/${locale}/collections/${collection.handle}`}
                    className="inline-block rounded-md bg-stone-100 px-3 py-2 text-sm hover:bg-stone-200"
                  >
                    {collection.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
