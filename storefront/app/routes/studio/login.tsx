import { data, Form, Link, redirect, useSearchParams } from "react-router"
import type { Route } from "./+types/login"
import { FormAlert } from "~/components/studio/fields"
import { translate } from "~/lib/i18n.server"
import { commitHeaders, refusal, safeStudioRedirect, signIn, studioSession, whoAmI } from "~/lib/studio/auth.server"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"
import { SignInFields } from "~/components/sign-in-fields"

export async function loader({ request, params }: Route.LoaderArgs) {
  const session = await studioSession(request)
  if (await whoAmI(session.get("token"))) throw redirect(`/${params.locale}/studio`)
  return { title: translate(params.locale as "az", "studio.login.title") }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export async function action({ request, params }: Route.ActionArgs) {
  const form = await request.formData()
  const email = String(form.get("email") ?? "")
    .trim()
    .toLowerCase()
  const password = String(form.get("password") ?? "")
  const result = email && password ? await signIn(email, password) : refusal("studio.auth.invalid")
  if ("errors" in result) return data({ ...result, email }, { status: result.errors.form === "studio.auth.tooMany" ? 429 : 400 })
  const session = await studioSession(request)
  session.set("token", result.token)
  session.unset("shop_id")
  // an identity without a shop yet (an application left unfinished) goes on to apply
  const me = await whoAmI(result.token)
  const target = me?.shops.length ? safeStudioRedirect(form.get("redirectTo"), params.locale) : `/${params.locale}/studio/apply`
  return redirect(target, { headers: await commitHeaders(session) })
}

export default function StudioLogin({ actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const [params] = useSearchParams()
  return (
    <main id="main" className="container-page max-w-md py-12">
      <h1 className="text-3xl font-bold tracking-tight">{t("studio.login.title")}</h1>
      <p className="mt-2 text-stone-700">{t("studio.login.intro")}</p>
      <Form method="post" className="card mt-6 space-y-4 p-6">
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        <FormAlert state={actionData} />
        <SignInFields labels={{ email: t("studio.auth.email"), password: t("studio.auth.password") }} email={actionData?.email} />
        <button type="submit" className="btn-primary w-full">
          {t("studio.login.submit")}
        </button>
        <p className="text-sm">
          {t("studio.login.noShop")}{" "}
          <Link to={`/${locale}/studio/apply`} className="text-brand-700 underline">
            {t("studio.login.apply")}
          </Link>
        </p>
      </Form>
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
