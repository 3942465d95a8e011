import { data, Form, useNavigation } from "react-router"
import type { Route } from "./+types/shop"
import { FormAlert, Notice } from "~/components/studio/fields"
import { ShopFields } from "~/components/studio/shop-fields"
import { ShopStatus } from "~/components/studio/shop-status"
import { translate } from "~/lib/i18n.server"
import type { Locale } from "~/lib/i18n"
import { CreatorApiError } from "~/lib/studio/api.server"
import { asMember, requireOwner, requireStudio } from "~/lib/studio/auth.server"
import { formValues } from "~/lib/studio/forms"
import { parseShop } from "~/lib/studio/shop-form"
import { backendErrors } from "~/lib/studio/backend-errors"
import type { Shop } from "~/lib/studio/types"
import { useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

const FIELDS = ["name", "email", "bio.en", "bio.az", "bio.ru", "logo_url", "banner_url", "programme", "legal_type", "tax_id"]

export async function loader({ request, params }: Route.LoaderArgs) {
  const studio = await requireStudio(request, params.locale)
  const { creator } = await asMember<{ creator: Shop }>(studio, "/creator/shop")
  return { shop: creator, owner: studio.shop.role === "owner", title: translate(params.locale as Locale, "studio.shop.title") }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export async function action({ request, params }: Route.ActionArgs) {
  const studio = await requireStudio(request, params.locale)
  requireOwner(studio)
  const values = formValues(await request.formData())
  const parsed = parseShop({ ...values, handle: studio.shop.handle })
  if (!parsed.ok) return data({ values, errors: parsed.errors, saved: false }, { status: 400 })
  const { handle: _handle, ...body } = parsed.body
  try {
    await asMember(studio, "/creator/shop", { method: "POST", body })
  } catch (error) {
    if (!(error instanceof CreatorApiError) || error.status >= 500) throw error
    return data({ values, errors: backendErrors(error.message, FIELDS), saved: false }, { status: 400 })
  }
  return { values: undefined, errors: undefined, saved: true }
}

export default function StudioShop({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const busy = useNavigation().state === "submitting"
  const { shop, owner } = loaderData
  return (
    <main id="main" className="mt-6 max-w-3xl space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">{t("studio.shop.title")}</h1>
      <ShopStatus shop={shop} />
      <p className="text-sm text-stone-700">
        {t("studio.shop.handle")}: <span className="font-mono">{shop.handle}</span>
      </p>
      {owner ? (
        <Form method="post" className="card space-y-4 p-5" noValidate>
          {actionData?.saved ? (
            <div role="status">
              <Notice tone="ok">{t("studio.saved")}</Notice>
            </div>
          ) : null}
          <FormAlert state={actionData} />
          <ShopFields state={actionData} shop={shop} />
          <button type="submit" className="btn-primary" disabled={busy}>
            {t("studio.save")}
          </button>
        </Form>
      ) : (
        <Notice>{t("studio.shop.ownersOnly")}</Notice>
      )}
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
