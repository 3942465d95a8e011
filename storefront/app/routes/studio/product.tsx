import { data, Form, Link, redirect, useNavigation, useSearchParams } from "react-router"
import type { Route } from "./+types/product"
import { FormAlert, Notice, Saved } from "~/components/studio/fields"
import { ListingActions, StateBadge } from "~/components/studio/listing-bits"
import { KindFields, TextFields } from "~/components/studio/product-fields"
import { FilesSection, ImagesSection, stateFor, VariantsSection } from "~/components/studio/product-sections"
import type { Locale } from "~/lib/i18n"
import { asMember, requireStudio } from "~/lib/studio/auth.server"
import { listingState } from "~/lib/studio/listing-state"
import { editProduct, ownProduct } from "~/lib/studio/product-edit.server"
import type { DigitalFile } from "~/lib/studio/types"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

export async function loader({ request, params }: Route.LoaderArgs) {
  const studio = await requireStudio(request, params.locale)
  const product = await ownProduct(studio, params.id)
  const files =
    product.listing?.kind === "digital"
      ? (await asMember<{ files: DigitalFile[] }>(studio, `/creator/products/${product.id}/files`)).files
      : []
  // the heading in the reader's language (the form below edits every language side by side)
  const title = product.translations?.[params.locale]?.title || product.title
  return { product, files, title, state: listingState(product) }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export async function action({ request, params }: Route.ActionArgs) {
  const studio = await requireStudio(request, params.locale)
  const product = await ownProduct(studio, params.id)
  const result = await editProduct(studio, product, await request.formData(), params.locale as Locale)
  if (result.redirect) return redirect(result.redirect)
  return data(result, { status: result.errors ? 400 : 200 })
}

export default function StudioProduct({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const [params] = useSearchParams()
  const busy = useNavigation().state === "submitting"
  const { product, files, title, state } = loaderData
  const listing = product.listing
  const kind = listing?.kind ?? "physical"
  const saveState = stateFor(actionData, "save")
  const listError = actionData && ["publish", "unpublish", "duplicate", "delete"].includes(actionData.intent) ? actionData.error : undefined
  return (
    <main id="main" className="mt-6 space-y-5">
      <p>
        <Link to={`/${locale}/studio/products`} className="text-sm text-brand-700 underline">
          ← {t("studio.products.title")}
        </Link>
      </p>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h1 className="text-2xl font-bold tracking-tight">{title}</h1>
          <p className="mt-1 flex flex-wrap gap-2 text-sm text-stone-700">
            <span>{t(`kind.${kind}`)}</span>
            <StateBadge state={state} />
            {state === "live" ? (
              <Link to={`/${locale}/products/${product.handle}`} className="text-brand-700 underline">
                {t("studio.product.viewInStore")}
              </Link>
            ) : null}
            <Link to={`/${locale}/studio/products/${product.id}/export`} className="text-brand-700 underline">
              {t("studio.export.link")}
            </Link>
          </p>
        </div>
        <ListingActions id={product.id} published={Boolean(listing?.published)} title={title} />
      </div>
      {params.get("created") && !actionData ? (
        <div role="status">
          <Notice tone="ok">{t(kind === "digital" ? "studio.product.createdDigital" : "studio.product.created")}</Notice>
        </div>
      ) : null}
      {actionData?.done && ["publish", "unpublish"].includes(actionData.intent) ? (
        <div role="status">
          <Notice tone="ok">{t(actionData.done)}</Notice>
        </div>
      ) : null}
      {listError ? (
        <div role="alert">
          <Notice tone="warn">{t(listError)}</Notice>
        </div>
      ) : null}
      {state === "rejected" ? (
        <Notice tone="warn">
          <p className="font-semibold">{t("studio.product.rejected")}</p>
          {listing?.moderation_reason ? <p>{listing.moderation_reason}</p> : null}
        </Notice>
      ) : null}
      {state === "waiting" ? <Notice>{t("studio.product.waiting")}</Notice> : null}
      {state === "shopNotApproved" ? <Notice>{t("studio.product.shopNotApproved")}</Notice> : null}
      <Form method="post" className="card space-y-5 p-5" noValidate>
        <FormAlert state={saveState} />
        <TextFields state={saveState} product={product} />
        <KindFields kind={kind} state={saveState} listing={listing} />
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" name="intent" value="save" className="btn-primary" disabled={busy}>
            {t("studio.save")}
          </button>
          <Saved message={actionData?.intent === "save" && actionData.done} />
        </div>
      </Form>
      <ImagesSection product={product} result={actionData} />
      <VariantsSection product={product} kind={kind} result={actionData} />
      {kind === "digital" ? <FilesSection product={product} files={files} result={actionData} /> : null}
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
