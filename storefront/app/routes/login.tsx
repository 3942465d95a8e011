import { data, Form, Link, redirect, useSearchParams } from "react-router"
import type { Route } from "./+types/login"
import { Credentials, logIn, safeRedirect } from "~/lib/auth.server"
import { translate } from "~/lib/i18n.server"
import { shopContext } from "~/lib/shop.server"
import { useLocale, useT } from "~/lib/use-t"
import { waitPhrase } from "~/lib/retry-wait"
import { privateMeta } from "~/lib/seo"
import { SignInFields } from "~/components/sign-in-fields"

export function loader({ context }: Route.LoaderArgs) {
  const shop = context.get(shopContext)
  if (shop.token) throw redirect(`/${shop.locale}/account`)
  return { title: translate(shop.locale, "auth.login") }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export async function action({ request, context }: Route.ActionArgs) {
  const shop = context.get(shopContext)
  const form = await request.formData()
  const parsed = Credentials.safeParse({ email: form.get("email"), password: form.get("password") })
  const problem = parsed.success
    ? await logIn(shop, parsed.data.email.toLowerCase(), parsed.data.password)
    : { error: "auth.invalid" as const }
  if (problem)
    return data(
      { error: problem.error, retryMinutes: problem.retryMinutes ?? null },
      { status: problem.error === "auth.tooMany" ? 429 : 400 },
    )
  return redirect(safeRedirect(form.get("redirectTo"), shop.locale))
}

export default function Login({ actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const [params] = useSearchParams()
  return (
    <main id="main" className="container-page max-w-md py-12">
      <h1 className="text-3xl font-bold tracking-tight">{t("auth.login")}</h1>
      <Form method="post" className="card mt-6 space-y-4 p-6">
        <input type="hidden" name="redirectTo" value={params.get("redirectTo") ?? ""} />
        {actionData?.error ? (
          <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">
            {t(actionData.error, { wait: waitPhrase(locale, actionData.retryMinutes) })}
          </p>
        ) : null}
        <SignInFields labels={{ email: t("auth.email"), password: t("auth.password") }} />
        <button type="submit" className="btn-primary w-full">
          {t("auth.login")}
        </button>
        <div className="flex flex-col gap-1 text-sm">
          <Link to={`/${locale}/account/reset-password`} className="text-brand-700 hover:underline">
            {t("auth.forgot")}
          </Link>
          <Link to={`/${locale}/account/register`} className="text-brand-700 hover:underline">
            {t("auth.noAccount")}
          </Link>
        </div>
      </Form>
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
