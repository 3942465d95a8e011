import type { Route } from "./+types/category"
import { Pagination } from "~/components/pagination"
import { ProductGrid } from "~/components/product-card"
import { cardFromProduct } from "~/lib/cards"
import { categoryByHandle, listProducts } from "~/lib/catalogue.server"
import { translate } from "~/lib/i18n.server"
import { routeMeta } from "~/lib/seo"
import { shopContext } from "~/lib/shop.server"
import { useT } from "~/lib/use-t"
import { pageCount, redirectPastLastPage } from "~/lib/paging.server"

const PER_PAGE = 24

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const shop = context.get(shopContext)
  const page = Math.max(1, Math.min(500, Number(new URL(request.url).searchParams.get("page")) || 1))
  const category = await categoryByHandle(shop, params.handle)
  const { products, count } = await listProducts(shop, {
    category_id: category.id,
    limit: PER_PAGE,
    offset: (page - 1) * PER_PAGE,
    order: "-created_at",
  })
  const pages = pageCount(count, PER_PAGE)
  redirectPastLastPage(request, page, pages)
  return {
    meta: {
      title: `${category.name} · Creative Market`,
      description: (category.description || translate(shop.locale, "category.title", { name: category.name })).slice(0, 160),
      path: `/categories/${category.handle}`,
    },
    name: category.name,
    products: products.map(cardFromProduct),
    page,
    pages,
  }
}

export const meta: Route.MetaFunction = (args) => routeMeta(args)

export default function CategoryPage({ loaderData }: Route.ComponentProps) {
  const t = useT()
  return (
    <main id="main" className="container-page py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t("category.title", { name: loaderData.name })}</h1>
      <div className="mt-6">
        <ProductGrid products={loaderData.products} />
      </div>
      <Pagination page={loaderData.page} pages={loaderData.pages} />
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
