import { data, Form, Link, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/resource-new"
import { FormAlert } from "~/components/studio/fields"
import { NEW_RESOURCE, ResourceFields } from "~/components/studio/resource-fields"
import { translate } from "~/lib/i18n.server"
import type { Locale } from "~/lib/i18n"
import { requireStudio } from "~/lib/studio/auth.server"
import { formValues } from "~/lib/studio/forms"
import { saveResource } from "~/lib/studio/resources.server"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireStudio(request, params.locale)
  return { title: translate(params.locale as Locale, "studio.resources.new") }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export async function action({ request, params }: Route.ActionArgs) {
  const studio = await requireStudio(request, params.locale)
  const saved = await saveResource(studio, formValues(await request.formData()))
  if ("id" in saved) throw redirect(`/${params.locale}/studio/resources/${saved.id}?created=1`)
  return data(saved, { status: 400 })
}

export default function NewResource({ actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const busy = useNavigation().state === "submitting"
  return (
    <main id="main" className="mt-6 max-w-3xl space-y-4">
      <Link to={`/${locale}/studio/resources`} className="text-sm text-brand-700 hover:underline">
        ← {t("studio.resources.back")}
      </Link>
      <h1 className="text-2xl font-bold tracking-tight">{t("studio.resources.new")}</h1>
      <Form method="post" className="card space-y-5 p-5" noValidate>
        <FormAlert state={actionData} />
        <ResourceFields state={actionData} stored={NEW_RESOURCE} />
        <button type="submit" className="btn-primary" disabled={busy}>
          {t("studio.resources.create")}
        </button>
      </Form>
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
