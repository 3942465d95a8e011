import { Link } from "react-router"
import type { Route } from "./+types/resources"
import { Notice } from "~/components/studio/fields"
import { translate } from "~/lib/i18n.server"
import type { Locale } from "~/lib/i18n"
import { asMember, requireStudio } from "~/lib/studio/auth.server"
import type { StudioResource } from "~/lib/studio/types"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

/** The shop's bookable resources: studios, teachers, equipment. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const studio = await requireStudio(request, params.locale)
  const { resources } = await asMember<{ resources: StudioResource[] }>(studio, "/creator/resources")
  return {
    resources: resources.map((r) => ({
      id: r.id,
      name: r.name,
      kind: r.kind,
      timezone: r.timezone,
      capacity: r.capacity,
      openDays: new Set(r.opening_hours.map((h) => h.day)).size,
    })),
    title: translate(params.locale as Locale, "studio.resources.title"),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export default function StudioResources({ loaderData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const base = `/${locale}/studio/resources`
  return (
    <main id="main" className="mt-6 max-w-4xl space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{t("studio.resources.title")}</h1>
        <Link to={`${base}/new`} className="btn-primary">
          {t("studio.resources.new")}
        </Link>
      </div>
      <p className="text-stone-700">{t("studio.resources.intro")}</p>
      {loaderData.resources.length === 0 ? (
        <Notice>{t("studio.resources.none")}</Notice>
      ) : (
        <ul className="card divide-y divide-stone-100">
          {loaderData.resources.map((r) => (
            <li key={r.id} className="flex flex-wrap items-center justify-between gap-3 p-4" data-testid="resource">
              <div>
                <Link to={`${base}/${r.id}`} className="font-semibold text-brand-700 hover:underline">
                  {r.name}
                </Link>
                <p className="text-sm text-stone-700">
                  {t(`studio.resources.kind.${r.kind}`)} · {r.timezone} · {t("studio.resources.places", { count: r.capacity })} ·{" "}
                  {r.openDays ? t("studio.resources.openDays", { count: r.openDays }) : t("studio.resources.closedWeek")}
                </p>
              </div>
              <Link to={`/${locale}/studio/bookings?resource=${r.id}`} className="text-sm text-brand-700 hover:underline">
                {t("studio.resources.calendar")}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
