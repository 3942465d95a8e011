import { data, Form, redirect, useSearchParams } from "react-router"
import type { Route } from "./+types/invite"
import { Field, FormAlert } from "~/components/studio/fields"
import { translate } from "~/lib/i18n.server"
import type { Locale } from "~/lib/i18n"
import { CreatorApiError, creatorApi } from "~/lib/studio/api.server"
import { commitHeaders, registerOrSignIn, signIn, studioSession, whoAmI } from "~/lib/studio/auth.server"
import { formValues } from "~/lib/studio/forms"
import { parseAccount } from "~/lib/studio/shop-form"
import { useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await studioSession(request)
  const me = await whoAmI(session.get("token"))
  return { email: me?.member.email ?? null, title: translate(params.locale as Locale, "studio.invite.title") }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

/** Joins the shop the invite names: as the signed-in member, or after registering (or signing in) with the invited address. */
export async function action({ request, params }: Route.ActionArgs) {
  const values = formValues(await request.formData())
  const echo: Record<string, string> = { ...values, password: "" }
  const session = await studioSession(request)
  const signedIn = await whoAmI(session.get("token"))
  let token = signedIn ? session.get("token")! : null
  let account: { account_email: string; password: string } | null = null
  if (!token) {
    const parsed = parseAccount(values)
    if (!parsed.ok) return data({ values: echo, errors: parsed.errors }, { status: 400 })
    account = parsed.body
    const identity = await registerOrSignIn(account.account_email, account.password)
    if ("errors" in identity) return data({ values: echo, ...identity }, { status: 400 })
    token = identity.token
  }
  let creatorId: string
  try {
    const name = values.name?.trim()
    creatorId = (
      await creatorApi<{ creator_id: string }>("/creator/invites/accept", {
        method: "POST",
        token,
        body: { token: values.token ?? "", ...(name ? { name } : {}) },
      })
    ).creator_id
  } catch (error) {
    if (!(error instanceof CreatorApiError) || error.status >= 500) throw error
    const key = /sign in with that address/i.test(error.message) ? "studio.invite.otherAddress" : "studio.invite.invalid"
    return data({ values: echo, errors: { form: key } }, { status: 400 })
  }
  if (account) {
    const member = await signIn(account.account_email, account.password)
    if ("errors" in member) return data({ values: echo, ...member }, { status: 400 })
    session.set("token", member.token)
  }
  session.set("shop_id", creatorId)
  return redirect(`/${params.locale}/studio`, { headers: await commitHeaders(session) })
}

export default function AcceptInvite({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const [params] = useSearchParams()
  const token = params.get("token") ?? actionData?.values?.token ?? ""
  return (
    <main id="main" className="container-page max-w-md py-12">
      <h1 className="text-3xl font-bold tracking-tight">{t("studio.invite.title")}</h1>
      <p className="mt-2 text-stone-700">{t("studio.invite.intro")}</p>
      <Form method="post" className="card mt-6 space-y-4 p-6" noValidate>
        <input type="hidden" name="token" value={token} />
        <FormAlert state={actionData} />
        {loaderData.email ? (
          <p className="text-sm">{t("studio.invite.as", { email: loaderData.email })}</p>
        ) : (
          <>
            <Field name="account_email" label={t("studio.auth.email")} type="email" autoComplete="email" required state={actionData} />
            <Field
              name="password"
              label={t("studio.auth.password")}
              hint={t("studio.invite.passwordHint")}
              type="password"
              autoComplete="current-password"
              required
              state={actionData}
            />
          </>
        )}
        <Field name="name" label={t("studio.invite.name")} autoComplete="name" state={actionData} />
        <button type="submit" className="btn-primary w-full" disabled={!token}>
          {t("studio.invite.accept")}
        </button>
      </Form>
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
