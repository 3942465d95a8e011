import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router"
import type { Route } from "./+types/product-new"
import { Field, FormAlert } from "~/components/studio/fields"
import { KindFields, TextFields, VariantFields } from "~/components/studio/product-fields"
import { translate } from "~/lib/i18n.server"
import type { Locale } from "~/lib/i18n"
import { CreatorApiError } from "~/lib/studio/api.server"
import { asMember, requireStudio } from "~/lib/studio/auth.server"
import { KINDS } from "~/lib/studio/constants"
import { formValues } from "~/lib/studio/forms"
import { parseNewProduct } from "~/lib/studio/product-form"
import { backendErrors, sentCurrencies } from "~/lib/studio/backend-errors"
import type { Kind, Product } from "~/lib/studio/types"
import { useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

const FIELDS = [
  "kind",
  "handle",
  "title",
  "subtitle",
  "description",
  "tags",
  "variant_title",
  "sku",
  "price.azn",
  "price.eur",
  "price.usd",
  "stock",
  "weight",
  "delivery",
  "lead_time_days",
  "download_limit",
  "download_ttl_hours",
  ...[0, 1, 2].flatMap((i) => [`option.${i}.title`, `option.${i}.values`, `opt.${i}`]),
  ...["title", "subtitle", "description"].flatMap((f) => [`tr.${f}.az`, `tr.${f}.ru`]),
]

export async function loader({ request, params }: Route.LoaderArgs) {
  await requireStudio(request, params.locale)
  return { title: translate(params.locale as Locale, "studio.products.new") }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export async function action({ request, params }: Route.ActionArgs) {
  const studio = await requireStudio(request, params.locale)
  const values = formValues(await request.formData())
  const parsed = parseNewProduct(values)
  if (!parsed.ok) return data({ values, errors: parsed.errors }, { status: 400 })
  try {
    const { product } = await asMember<{ product: Product }>(studio, "/creator/products", { method: "POST", body: parsed.body })
    return redirect(`/${params.locale}/studio/products/${product.id}?created=1`)
  } catch (error) {
    if (!(error instanceof CreatorApiError) || error.status >= 500) throw error
    return data({ values, errors: backendErrors(error.message, FIELDS, sentCurrencies(parsed.body)) }, { status: 400 })
  }
}

export default function NewProduct({ actionData }: Route.ComponentProps) {
  const t = useT()
  const [params] = useSearchParams()
  const requested = actionData?.values?.kind ?? params.get("kind")
  const kind: Kind = (KINDS as readonly string[]).includes(requested ?? "") ? (requested as Kind) : "physical"
  const busy = useNavigation().state === "submitting"
  const optionRows = [0, 1, 2]
  return (
    <main id="main" className="mt-6 space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">{t("studio.products.new")}</h1>
      <nav aria-label={t("studio.product.kindChoice")} className="flex flex-wrap gap-2">
        {KINDS.map((k) => (
          <Link
            key={k}
            to={`?kind=${k}`}
            aria-current={k === kind ? "page" : undefined}
            className={k === kind ? "btn-primary" : "btn-secondary"}
          >
            {t(`kind.${k}`)}
          </Link>
        ))}
      </nav>
      <Form method="post" className="space-y-5" noValidate key={kind}>
        <input type="hidden" name="kind" value={kind} />
        <FormAlert state={actionData} />
        <section className="card space-y-4 p-5">
          <TextFields state={actionData} />
          <Field name="handle" label={t("studio.product.handle")} hint={t("studio.product.handleHint")} state={actionData} />
        </section>
        <KindSection kind={kind} state={actionData} />
        <section className="card space-y-3 p-5" aria-labelledby="new-options">
          <h2 id="new-options" className="text-lg font-semibold">
            {t("studio.product.options")}
          </h2>
          <p className="text-xs text-stone-600">{t("studio.product.optionsHint")}</p>
          {optionRows.map((i) => (
            <div key={i} className="grid gap-3 sm:grid-cols-3">
              <Field name={`option.${i}.title`} label={t("studio.product.optionTitle", { n: i + 1 })} state={actionData} />
              <Field name={`option.${i}.values`} label={t("studio.product.optionValues", { n: i + 1 })} state={actionData} />
              <Field name={`opt.${i}`} label={t("studio.product.optionFirst", { n: i + 1 })} state={actionData} />
            </div>
          ))}
        </section>
        <section className="card space-y-3 p-5" aria-labelledby="new-variant">
          <h2 id="new-variant" className="text-lg font-semibold">
            {t(kind === "digital" ? "studio.product.firstTier" : "studio.product.firstVariant")}
          </h2>
          <VariantFields kind={kind} state={actionData} optionTitles={[]} />
        </section>
        <p className="text-sm text-stone-700">{t("studio.product.afterCreate")}</p>
        <button type="submit" className="btn-primary" disabled={busy}>
          {t("studio.product.create")}
        </button>
      </Form>
    </main>
  )
}

function KindSection({ kind, state }: { kind: Kind; state?: { values?: Record<string, string>; errors?: Record<string, string> } }) {
  if (kind === "physical") return null
  return (
    <section className="card p-5">
      <KindFields kind={kind} state={state} />
    </section>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
