import { data, Form, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/resource"
import { FormAlert, Notice } from "~/components/studio/fields"
import { ClosedBookings } from "~/components/studio/closed-bookings"
import { ResourceExceptions } from "~/components/studio/resource-exceptions"
import { ResourceFeed } from "~/components/studio/resource-feed"
import { ResourceFields } from "~/components/studio/resource-fields"
import { translate } from "~/lib/i18n.server"
import type { MessageKey, Locale } from "~/lib/i18n"
import { requireStudio } from "~/lib/studio/auth.server"
import { formValues } from "~/lib/studio/forms"
import { resourceValues } from "~/lib/studio/resource-form"
import { deleteResource, loadResource, resourceAction, type ResourceResult, saveResource } from "~/lib/studio/resources.server"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

/** One resource: its settings and weekly hours, its dated exceptions (blocked time too) and its calendar feed. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const studio = await requireStudio(request, params.locale)
  const resource = await loadResource(studio, params.id)
  return {
    resource,
    stored: resourceValues(resource),
    created: new URL(request.url).searchParams.has("created"),
    title: `${resource.name} · ${translate(params.locale as Locale, "studio.resources.title")}`,
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export async function action({ request, params }: Route.ActionArgs) {
  const studio = await requireStudio(request, params.locale)
  await loadResource(studio, params.id)
  const values = formValues(await request.formData())
  const intent = values.intent ?? "save"
  if (intent === "delete") {
    if (await deleteResource(studio, params.id)) throw redirect(`/${params.locale}/studio/resources`)
    return data<ResourceResult>({ intent, errors: { form: "studio.resources.deleteRefused" } }, { status: 409 })
  }
  if (intent === "save") {
    const saved = await saveResource(studio, values, params.id)
    return "id" in saved ? { intent, done: "studio.saved" } : data(saved, { status: 400 })
  }
  const result = await resourceAction(studio, params.id, intent, values)
  return data(result, { status: result.errors ? 400 : 200 })
}

export default function StudioResource({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const busy = useNavigation().state === "submitting"
  const { resource, stored } = loaderData
  const result = actionData as ResourceResult | undefined
  const of = (intent: string) => (result?.intent === intent ? result : undefined)
  const done = result?.done ? t(result.done as MessageKey) : loaderData.created ? t("studio.resources.created") : null
  return (
    <main id="main" className="mt-6 max-w-6xl space-y-5">
      <Link to={`/${locale}/studio/resources`} className="text-sm text-brand-700 hover:underline">
        ← {t("studio.resources.back")}
      </Link>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{resource.name}</h1>
        <Link to={`/${locale}/studio/bookings?resource=${resource.id}`} className="btn-secondary py-1">
          {t("studio.resources.calendar")}
        </Link>
      </div>
      <div role="status" className="space-y-3">
        {done ? <Notice tone="ok">{done}</Notice> : null}
        <ClosedBookings resourceId={resource.id} closed={of("add-exception")?.closed} />
      </div>
      <div className="grid items-start gap-5 lg:grid-cols-2">
        <Form method="post" className="card space-y-5 p-5" noValidate>
          <input type="hidden" name="intent" value="save" />
          <FormAlert state={of("save")} />
          <ResourceFields state={of("save")} stored={stored} />
          <button type="submit" className="btn-primary" disabled={busy}>
            {t("studio.save")}
          </button>
        </Form>
        <div className="space-y-5">
          <ResourceExceptions exceptions={resource.exceptions} state={of("add-exception")} busy={busy} />
          <ResourceFeed active={resource.feed} url={of("feed")?.feed_url} busy={busy} />
          <Form method="post" className="space-y-2">
            <input type="hidden" name="intent" value="delete" />
            <FormAlert state={of("delete")} />
            <button type="submit" className="text-sm font-semibold text-red-700 hover:underline" disabled={busy}>
              {t("studio.resources.delete")}
            </button>
          </Form>
        </div>
      </div>
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
