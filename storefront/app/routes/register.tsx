import { data, Form, Link, redirect } from "react-router"
import type { Route } from "./+types/register"
import { register, Registration } from "~/lib/auth.server"
import { NEW_PASSWORD_MIN } from "~/lib/password"
import { translate } from "~/lib/i18n.server"
import type { MessageKey } from "~/lib/i18n"
import { shopContext } from "~/lib/shop.server"
import { useLocale, useT } from "~/lib/use-t"
import { waitPhrase } from "~/lib/retry-wait"
import { privateMeta } from "~/lib/seo"

export function loader({ context }: Route.LoaderArgs) {
  const shop = context.get(shopContext)
  if (shop.token) throw redirect(`/${shop.locale}/account`)
  return { title: translate(shop.locale, "auth.register") }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

export async function action({ request, context }: Route.ActionArgs) {
  const shop = context.get(shopContext)
  const parsed = Registration.safeParse(Object.fromEntries(await request.formData()))
  if (!parsed.success) {
    const field = String(parsed.error.issues[0]?.path[0] ?? "")
    const error: MessageKey =
      field === "password" ? "auth.passwordHelp" : field === "email" ? "checkout.emailInvalid" : "checkout.fieldRequired"
    return data({ error, field }, { status: 400 })
  }
  const problem = await register(shop, { ...parsed.data, email: parsed.data.email.toLowerCase() })
  if (problem)
    return data(
      {
        error: problem.error as MessageKey,
        field: problem.error === "auth.passwordHelp" ? "password" : "email",
        retryMinutes: problem.retryMinutes ?? null,
      },
      { status: problem.error === "auth.tooMany" ? 429 : 400 },
    )
  return redirect(`/${shop.locale}/account`)
}

export default function Register({ actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const fields = [
    { name: "first_name", label: "auth.firstName", type: "text", autoComplete: "given-name" },
    { name: "last_name", label: "auth.lastName", type: "text", autoComplete: "family-name" },
    { name: "email", label: "auth.email", type: "email", autoComplete: "email" },
    { name: "password", label: "auth.password", type: "password", autoComplete: "new-password" },
  ] as const
  return (
    <main id="main" className="container-page max-w-md py-12">
      <h1 className="text-3xl font-bold tracking-tight">{t("auth.register")}</h1>
      <Form method="post" className="card mt-6 space-y-4 p-6">
        {actionData?.error ? (
          <p role="alert" className="rounded bg-red-50 p-3 text-sm text-red-800">
            {t(actionData.error, { wait: waitPhrase(locale, "retryMinutes" in actionData ? actionData.retryMinutes : null) })}
          </p>
        ) : null}
        {fields.map((field) => (
          <div key={field.name}>
            <label htmlFor={field.name} className="label">
              {t(field.label)}
            </label>
            <input
              id={field.name}
              name={field.name}
              type={field.type}
              autoComplete={field.autoComplete}
              required
              minLength={field.name === "password" ? NEW_PASSWORD_MIN : undefined}
              aria-invalid={actionData?.field === field.name ? true : undefined}
              aria-describedby={field.name === "password" ? "password-help" : undefined}
              className="input"
            />
            {field.name === "password" ? (
              <p id="password-help" className="mt-1 text-xs text-stone-600">
                {t("auth.passwordHelp")}
              </p>
            ) : null}
          </div>
        ))}
        <button type="submit" className="btn-primary w-full">
          {t("auth.register")}
        </button>
        <Link to={`/${locale}/account/login`} className="block text-sm text-brand-700 hover:underline">
          {t("auth.haveAccount")}
        </Link>
      </Form>
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
