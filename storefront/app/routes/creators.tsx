import { Link } from "react-router"
import type { Route } from "./+types/creators"
import { CreatorCard } from "~/components/creator-card"
import { Pagination } from "~/components/pagination"
import { listCreators } from "~/lib/catalogue.server"
import { translate } from "~/lib/i18n.server"
import { routeMeta } from "~/lib/seo"
import { shopContext } from "~/lib/shop.server"
import { useLocale, useT } from "~/lib/use-t"
import { pageCount, redirectPastLastPage } from "~/lib/paging.server"

const PROGRAMMES = ["music", "gametech", "cultech", "crafts", "other"] as const
const PER_PAGE = 24

export async function loader({ request, context }: Route.LoaderArgs) {
  const shop = context.get(shopContext)
  const params = new URL(request.url).searchParams
  const programme = PROGRAMMES.find((p) => p === params.get("programme"))
  const page = Math.max(1, Math.min(500, Number(params.get("page")) || 1))
  const { creators, count } = await listCreators(shop, {
    limit: PER_PAGE,
    offset: (page - 1) * PER_PAGE,
    ...(programme ? { programme } : {}),
  })
  const pages = pageCount(count, PER_PAGE)
  redirectPastLastPage(request, page, pages)
  return {
    meta: {
      title: `${translate(shop.locale, "creators.title")} · Creative Market`,
      description: translate(shop.locale, "creators.intro"),
      path: "/creators",
    },
    creators,
    programme: programme ?? null,
    page,
    pages,
  }
}

export const meta: Route.MetaFunction = (args) => routeMeta(args)

export default function Creators({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const chip = (active: boolean) =>
    `inline-block rounded-full border px-3 py-1.5 text-sm ${active ? "border-brand-600 bg-brand-50 font-semibold text-brand-700" : "border-stone-300 bg-white hover:border-stone-500"}`
  return (
    <main id="main" className="container-page py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t("creators.title")}</h1>
      <p className="mt-2 text-stone-700">{t("creators.intro")}</p>
      <nav aria-label={t("search.programme")} className="mt-6">
        <ul className="flex flex-wrap gap-2">
          <li>
            <Link
              to={`/${locale}/creators`}
              className={chip(!loaderData.programme)}
              aria-current={!loaderData.programme ? "page" : undefined}
            >
              {t("creators.all")}
            </Link>
          </li>
          {PROGRAMMES.map((programme) => (
            <li key={programme}>
              <Link
                to={`/${locale}/creators?programme=${programme}`}
                className={chip(loaderData.programme === programme)}
                aria-current={loaderData.programme === programme ? "page" : undefined}
              >
                {t(`programme.${programme}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {loaderData.creators.length === 0 ? (
        <p className="mt-8 text-stone-700">{t("list.empty")}</p>
      ) : (
        <ul className="mt-8 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {loaderData.creators.map((creator) => (
            <CreatorCard key={creator.id} creator={creator} />
          ))}
        </ul>
      )}
      <Pagination page={loaderData.page} pages={loaderData.pages} />
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
