import { Form, Link, redirect, useSearchParams } from "react-router"
import type { Route } from "./+types/products"
import { Notice } from "~/components/studio/fields"
import { ListingActions, StateBadge } from "~/components/studio/listing-bits"
import { translate } from "~/lib/i18n.server"
import type { Locale } from "~/lib/i18n"
import { requireStudio } from "~/lib/studio/auth.server"
import { KINDS } from "~/lib/studio/constants"
import { listingAction } from "~/lib/studio/listing-actions.server"
import { listingState } from "~/lib/studio/listing-state"
import { listListings } from "~/lib/studio/listings.server"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

const STATES = ["draft", "live", "waiting", "rejected", "shopNotApproved"] as const

export async function loader({ request, params }: Route.LoaderArgs) {
  const studio = await requireStudio(request, params.locale)
  const url = new URL(request.url)
  const filters = {
    q: url.searchParams.get("q") ?? "",
    state: url.searchParams.get("state") ?? "",
    kind: url.searchParams.get("kind") ?? "",
  }
  const { products, truncated } = await listListings(studio, filters)
  return {
    products: products.map((p) => ({
      id: p.id,
      title: p.title,
      thumbnail: p.thumbnail,
      kind: p.listing?.kind ?? "physical",
      state: listingState(p),
      published: Boolean(p.listing?.published),
    })),
    truncated,
    title: translate(params.locale as Locale, "studio.products.title"),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export async function action({ request, params }: Route.ActionArgs) {
  const studio = await requireStudio(request, params.locale)
  const result = await listingAction(studio, await request.formData(), params.locale as Locale)
  if (result.redirect) return redirect(result.redirect)
  return result
}

export default function StudioProducts({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const [params] = useSearchParams()
  return (
    <main id="main" className="mt-6 space-y-5">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("studio.products.title")}</h1>
        <Link to={`/${locale}/studio/products/new`} className="btn-primary">
          {t("studio.products.new")}
        </Link>
      </div>
      <Form method="get" role="search" className="card grid gap-3 p-4 sm:grid-cols-4 sm:items-end">
        <div className="sm:col-span-2">
          <label htmlFor="q" className="label">
            {t("studio.products.search")}
          </label>
          <input id="q" name="q" type="search" defaultValue={params.get("q") ?? ""} className="input" />
        </div>
        <div>
          <label htmlFor="state" className="label">
            {t("studio.products.state")}
          </label>
          <select id="state" name="state" defaultValue={params.get("state") ?? ""} className="input">
            <option value="">{t("studio.products.any")}</option>
            {STATES.map((s) => (
              <option key={s} value={s}>
                {t(`studio.state.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="kind" className="label">
            {t("studio.products.kind")}
          </label>
          <select id="kind" name="kind" defaultValue={params.get("kind") ?? ""} className="input">
            <option value="">{t("studio.products.any")}</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kind.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn-secondary sm:col-start-4">
          {t("studio.products.filter")}
        </button>
      </Form>
      {actionData?.error ? (
        <div role="alert">
          <Notice tone="warn">{t(actionData.error)}</Notice>
        </div>
      ) : null}
      {loaderData.truncated ? <Notice>{t("studio.products.truncated")}</Notice> : null}
      {loaderData.products.length === 0 ? (
        <Notice>{t("studio.products.none")}</Notice>
      ) : (
        <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
          {loaderData.products.map((p) => (
            <li key={p.id} className="flex flex-col gap-3 p-3 sm:flex-row sm:items-center">
              <div className="flex min-w-0 flex-1 items-center gap-3">
                {p.thumbnail ? (
                  <img src={p.thumbnail} alt="" width={56} height={56} className="h-14 w-14 shrink-0 rounded object-cover" />
                ) : (
                  <div className="h-14 w-14 shrink-0 rounded bg-stone-100" />
                )}
                <div className="min-w-0">
                  <Link to={`/${locale}/studio/products/${p.id}`} className="block truncate font-medium text-brand-700 underline">
                    {p.title}
                  </Link>
                  <p className="mt-1 flex flex-wrap gap-2 text-xs text-stone-700">
                    <span>{t(`kind.${p.kind}`)}</span>
                    <StateBadge state={p.state} />
                  </p>
                </div>
              </div>
              <ListingActions id={p.id} published={p.published} title={p.title} />
            </li>
          ))}
        </ul>
      )}
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
