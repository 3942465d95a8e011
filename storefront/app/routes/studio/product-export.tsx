import { data, Form, Link, useNavigation } from "react-router"
import type { Route } from "./+types/product-export"
import { CertificateDocument } from "~/components/studio/certificate-document"
import { ExportFields } from "~/components/studio/export-fields"
import { FormAlert, Saved } from "~/components/studio/fields"
import { ReadinessList } from "~/components/studio/readiness"
import { translate } from "~/lib/i18n.server"
import type { Locale } from "~/lib/i18n"
import { requireStudio } from "~/lib/studio/auth.server"
import { profileValues } from "~/lib/studio/export-profile"
import { exportState, saveExportProfile } from "~/lib/studio/export.server"
import { ownProduct } from "~/lib/studio/product-edit.server"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

export async function loader({ request, params }: Route.LoaderArgs) {
  const studio = await requireStudio(request, params.locale)
  const product = await ownProduct(studio, params.id)
  const title = product.translations?.[params.locale]?.title || product.title
  const { profile, markets } = await exportState(studio, product.id)
  return {
    product: { id: product.id, title, kind: product.listing?.kind ?? "physical" },
    variants: (product.variants ?? []).map((v) => ({ id: v.id, title: v.title })),
    overridden: (profile?.variants ?? []).map((v) => v.variant_id),
    values: profileValues(profile),
    certificate: profile?.cultural_certificate_file ?? null,
    edition: profile?.hs_edition ?? "HS2022",
    markets,
    heading: translate(params.locale as Locale, "studio.export.title", { title }),
  }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.heading)

export async function action({ request, params }: Route.ActionArgs) {
  const studio = await requireStudio(request, params.locale)
  const product = await ownProduct(studio, params.id)
  const variantIds = (product.variants ?? []).map((v) => v.id)
  const result = await saveExportProfile(studio, product.id, variantIds, await request.formData())
  return data(result, { status: result.errors ? 400 : 200 })
}

export default function StudioProductExport({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const busy = useNavigation().state !== "idle"
  const { product, variants, overridden, values, edition, markets, heading, certificate } = loaderData
  // a failed save shows what was typed; otherwise the stored profile
  const state = { values: actionData?.values ?? values, errors: actionData?.errors }
  return (
    <main id="main" className="mt-6 space-y-5">
      <p>
        <Link to={`/${locale}/studio/products/${product.id}`} className="text-sm text-brand-700 underline">
          ← {product.title}
        </Link>
      </p>
      <div>
        <h1 className="text-2xl font-bold tracking-tight">{heading}</h1>
        <p className="mt-1 max-w-prose text-sm text-stone-700">{t("studio.export.intro")}</p>
      </div>
      <ReadinessList markets={markets} productId={product.id} />
      <Form method="post" className="card space-y-6 p-5" noValidate aria-labelledby="profile-heading">
        <h2 id="profile-heading" className="text-lg font-semibold">
          {t("studio.export.profile")}
        </h2>
        <FormAlert state={state} />
        <input type="hidden" name="overridden" value={overridden.join(",")} />
        <ExportFields state={state} edition={edition} variants={variants} />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="btn-primary" disabled={busy}>
            {t("studio.save")}
          </button>
          {/* said once the readiness above is read again, so "saved" never sits beside the old answer */}
          <Saved message={!busy && actionData?.done} />
        </div>
      </Form>
      <CertificateDocument productId={product.id} file={certificate} />
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
