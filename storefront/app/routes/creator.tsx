import type { Route } from "./+types/creator"
import { Img } from "~/components/image"
import { Pagination } from "~/components/pagination"
import { ProductGrid } from "~/components/product-card"
import { cardFromShopProduct } from "~/lib/cards"
import { creatorByHandle } from "~/lib/catalogue.server"
import { formatDate } from "~/lib/format"
import type { MessageKey } from "~/lib/i18n"
import { routeMeta } from "~/lib/seo"
import { shopContext } from "~/lib/shop.server"
import { useLocale, useT } from "~/lib/use-t"
import { pageCount, redirectPastLastPage } from "~/lib/paging.server"

const PER_PAGE = 24

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const shop = context.get(shopContext)
  const page = Math.max(1, Math.min(500, Number(new URL(request.url).searchParams.get("page")) || 1))
  const { creator, products, count } = await creatorByHandle(shop, params.handle, { limit: PER_PAGE, offset: (page - 1) * PER_PAGE })
  const pages = pageCount(count, PER_PAGE)
  redirectPastLastPage(request, page, pages)
  return {
    meta: {
      title: `${creator.name} · Creative Market`,
      description: (creator.bio ?? creator.name).slice(0, 160),
      path: `/creators/${creator.handle}`,
      image: creator.banner_url ?? creator.logo_url,
      type: "profile",
    },
    creator,
    products: products.map((product) => cardFromShopProduct(product, shop.currency, creator.name)),
    page,
    pages,
  }
}

export const meta: Route.MetaFunction = (args) => routeMeta(args)

export default function CreatorPage({ loaderData }: Route.ComponentProps) {
  const { creator, products } = loaderData
  const t = useT()
  const locale = useLocale()
  return (
    <main id="main">
      {creator.banner_url ? (
        <Img
          src={creator.banner_url}
          alt=""
          width={1600}
          height={400}
          sizes="100vw"
          widths={[640, 1080, 1600]}
          priority
          className="h-40 w-full object-cover sm:h-56"
        />
      ) : (
        <div className="h-24 bg-gradient-to-r from-brand-100 to-amber-50" />
      )}
      <div className="container-page">
        <div className="-mt-10 flex flex-wrap items-end gap-4">
          <Img
            src={creator.logo_url}
            alt=""
            width={96}
            height={96}
            sizes="96px"
            widths={[160]}
            className="h-24 w-24 rounded-full border-4 border-white bg-white object-cover"
          />
          <div className="pb-1">
            <h1 className="text-3xl font-bold tracking-tight">{creator.name}</h1>
            <p className="text-sm text-stone-700">
              {creator.programme ? t(`programme.${creator.programme}` as MessageKey) : null}
              {creator.created_at ? ` · ${t("creators.since", { date: formatDate(creator.created_at, locale) })}` : null}
            </p>
          </div>
        </div>
        {creator.bio ? <p className="mt-6 max-w-3xl whitespace-pre-line text-stone-800">{creator.bio}</p> : null}
        <section aria-labelledby="shop-products" className="mt-10">
          <h2 id="shop-products" className="text-2xl font-bold">
            {t("creators.products")}
          </h2>
          <div className="mt-4">
            {products.length ? <ProductGrid products={products} /> : <p className="text-stone-700">{t("creators.none")}</p>}
          </div>
          <Pagination page={loaderData.page} pages={loaderData.pages} />
        </section>
      </div>
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
