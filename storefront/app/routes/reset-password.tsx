import { Form, Link, useSearchParams } from "react-router"
import type { Route } from "./+types/reset-password"
import { Credentials, requestReset, resetPassword } from "~/lib/auth.server"
import { NEW_PASSWORD_MIN } from "~/lib/password"
import { translate } from "~/lib/i18n.server"
import { shopContext } from "~/lib/shop.server"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

export function loader({ context }: Route.LoaderArgs) {
  return { title: translate(context.get(shopContext).locale, "auth.reset") }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

/** Two steps: ask for a link (`?` without token), then set a new password with the e-mailed `?token=&email=`. */
export async function action({ request, context }: Route.ActionArgs) {
  const form = await request.formData()
  const token = String(form.get("token") ?? "")
  if (!token) {
    const email = String(form.get("email") ?? "")
      .trim()
      .toLowerCase()
    if (email.includes("@")) await requestReset(email, context.get(shopContext).locale)
    return { state: "sent" as const }
  }
  const parsed = Credentials.safeParse({ email: form.get("email"), password: form.get("password") })
  if (!parsed.success) return { state: parsed.error.issues[0]?.path[0] === "password" ? ("weak" as const) : ("invalid" as const) }
  return { state: await resetPassword(token, parsed.data.email.toLowerCase(), parsed.data.password) }
}

export default function ResetPassword({ actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const [params] = useSearchParams()
  const token = params.get("token")
  return (
    <main id="main" className="container-page max-w-md py-12">
      <h1 className="text-3xl font-bold tracking-tight">{t("auth.reset")}</h1>
      <Form method="post" className="card mt-6 space-y-4 p-6">
        {actionData ? (
          <p role="status" className="rounded bg-stone-50 p-3 text-sm">
            {actionData.state === "sent"
              ? t("auth.resetSent")
              : actionData.state === "done"
                ? t("auth.resetDone")
                : actionData.state === "weak"
                  ? t("auth.passwordHelp")
                  : t("auth.resetInvalid")}
          </p>
        ) : null}
        <div>
          <label htmlFor="email" className="label">
            {t("auth.email")}
          </label>
          <input
            id="email"
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={params.get("email") ?? ""}
            className="input"
          />
        </div>
        {token ? (
          <>
            <input type="hidden" name="token" value={token} />
            <div>
              <label htmlFor="password" className="label">
                {t("auth.newPassword")}
              </label>
              <input
                id="password"
                name="password"
                type="password"
                autoComplete="new-password"
                minLength={NEW_PASSWORD_MIN}
                required
                className="input"
                aria-describedby="password-help"
              />
              <p id="password-help" className="mt-1 text-xs text-stone-600">
                {t("auth.passwordHelp")}
              </p>
            </div>
          </>
        ) : null}
        <button type="submit" className="btn-primary w-full">
          {token ? t("auth.resetSave") : t("auth.resetSend")}
        </button>
        <Link to={`/${locale}/account/login`} className="block text-sm text-brand-700 hover:underline">
          {t("auth.login")}
        </Link>
      </Form>
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
