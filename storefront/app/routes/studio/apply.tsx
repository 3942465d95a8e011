import { data, Form, redirect, useNavigation } from "react-router"
import type { Route } from "./+types/apply"
import { Field, FormAlert } from "~/components/studio/fields"
import { ShopFields } from "~/components/studio/shop-fields"
import { translate } from "~/lib/i18n.server"
import type { Locale } from "~/lib/i18n"
import { CreatorApiError, creatorApi } from "~/lib/studio/api.server"
import { commitHeaders, registerOrSignIn, signIn, studioSession, whoAmI } from "~/lib/studio/auth.server"
import { formValues } from "~/lib/studio/forms"
import { parseAccount, parseShop } from "~/lib/studio/shop-form"
import { backendErrors } from "~/lib/studio/backend-errors"
import { useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

const FIELDS = [
  "account_email",
  "password",
  "handle",
  "name",
  "email",
  "bio.en",
  "bio.az",
  "bio.ru",
  "logo_url",
  "banner_url",
  "programme",
  "legal_type",
  "tax_id",
]

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await studioSession(request)
  const me = await whoAmI(session.get("token"))
  if (me?.shops.length) throw redirect(`/${params.locale}/studio`)
  return { title: translate(params.locale as Locale, "studio.apply.title") }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

/** Register (or sign in to an identity left without a shop), open the shop, then sign in for a token that carries the member. */
export async function action({ request, params }: Route.ActionArgs) {
  const values = formValues(await request.formData())
  delete values.password_repeat
  const account = parseAccount(values)
  const shop = parseShop({ ...values, email: values.email || values.account_email || "" })
  const echo: Record<string, string> = { ...values, password: "" }
  if (!account.ok || !shop.ok)
    return data({ values: echo, errors: { ...(account.ok ? {} : account.errors), ...(shop.ok ? {} : shop.errors) } }, { status: 400 })
  const { account_email, password } = account.body
  const identity = await registerOrSignIn(account_email, password)
  if ("errors" in identity) return data({ values: echo, ...identity }, { status: 400 })
  const existing = await whoAmI(identity.token)
  if (!existing?.shops.length) {
    try {
      await creatorApi("/creator/signup", { method: "POST", token: identity.token, body: { shop: shop.body } })
    } catch (error) {
      if (!(error instanceof CreatorApiError) || error.status >= 500) throw error
      return data({ values: echo, errors: backendErrors(error.message, FIELDS) }, { status: 400 })
    }
  }
  const member = await signIn(account_email, password)
  if ("errors" in member) return data({ values: echo, ...member }, { status: 400 })
  const session = await studioSession(request)
  session.set("token", member.token)
  session.unset("shop_id")
  return redirect(`/${params.locale}/studio`, { headers: await commitHeaders(session) })
}

export default function Apply({ actionData }: Route.ComponentProps) {
  const t = useT()
  const busy = useNavigation().state === "submitting"
  return (
    <main id="main" className="container-page max-w-3xl py-10">
      <h1 className="text-3xl font-bold tracking-tight">{t("studio.apply.title")}</h1>
      <p className="mt-2 text-stone-700">{t("studio.apply.intro")}</p>
      <Form method="post" className="mt-6 space-y-6" noValidate>
        <FormAlert state={actionData} />
        <section className="card space-y-4 p-5" aria-labelledby="apply-account">
          <h2 id="apply-account" className="text-lg font-semibold">
            {t("studio.apply.account")}
          </h2>
          <Field name="account_email" label={t("studio.auth.email")} type="email" autoComplete="email" required state={actionData} />
          <Field
            name="password"
            label={t("studio.auth.password")}
            hint={t("studio.apply.passwordHint")}
            type="password"
            autoComplete="new-password"
            required
            state={actionData}
          />
        </section>
        <section className="card space-y-4 p-5" aria-labelledby="apply-shop">
          <h2 id="apply-shop" className="text-lg font-semibold">
            {t("studio.apply.shop")}
          </h2>
          <ShopFields state={actionData} withHandle />
        </section>
        <button type="submit" className="btn-primary" disabled={busy}>
          {t("studio.apply.submit")}
        </button>
      </Form>
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
