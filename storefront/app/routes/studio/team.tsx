import { data, Form } from "react-router"
import type { Route } from "./+types/team"
import { Field, FormAlert, Notice, SelectField } from "~/components/studio/fields"
import { translate } from "~/lib/i18n.server"
import type { Locale, MessageKey } from "~/lib/i18n"
import { CreatorApiError } from "~/lib/studio/api.server"
import { asMember, requireOwner, requireStudio } from "~/lib/studio/auth.server"
import { formValues } from "~/lib/studio/forms"
import { backendErrors } from "~/lib/studio/backend-errors"
import type { Invite, Member } from "~/lib/studio/types"
import { useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

export async function loader({ request, params }: Route.LoaderArgs) {
  const studio = await requireStudio(request, params.locale)
  const owner = studio.shop.role === "owner"
  const [{ members }, invites] = await Promise.all([
    asMember<{ members: Member[] }>(studio, "/creator/members"),
    owner ? asMember<{ invites: Invite[] }>(studio, "/creator/invites").then((r) => r.invites) : Promise.resolve([] as Invite[]),
  ])
  return { members, invites, owner, me: studio.me.member.id, title: translate(params.locale as Locale, "studio.team.title") }
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

const ERRORS: [RegExp, MessageKey][] = [
  [/last owner/i, "studio.team.lastOwner"],
  [/already/i, "studio.team.already"],
]

export async function action({ request, params }: Route.ActionArgs) {
  const studio = await requireStudio(request, params.locale)
  requireOwner(studio)
  const values = formValues(await request.formData())
  const { intent, target = "" } = values
  const role = values.role === "owner" ? "owner" : "staff"
  try {
    if (intent === "invite") {
      const email = (values.email ?? "").trim().toLowerCase()
      if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email))
        return data({ intent, values, errors: { email: "studio.error.email" } }, { status: 400 })
      // the invitation is written in the language the owner uses the studio in
      await asMember(studio, "/creator/invites", { method: "POST", body: { email, role, locale: params.locale } })
      return { intent, done: "studio.team.invited" as MessageKey }
    }
    if (!/^[\w-]+$/.test(target)) throw data("Not found", { status: 404 })
    if (intent === "role") await asMember(studio, `/creator/members/${target}`, { method: "POST", body: { role } })
    else if (intent === "remove") await asMember(studio, `/creator/members/${target}`, { method: "DELETE" })
    else if (intent === "revoke") await asMember(studio, `/creator/invites/${target}`, { method: "DELETE" })
    else throw data("Not found", { status: 404 })
    return { intent, done: "studio.saved" as MessageKey }
  } catch (error) {
    if (!(error instanceof CreatorApiError) || error.status >= 500) throw error
    const known = ERRORS.find(([pattern]) => pattern.test(error.message))?.[1]
    const errors = known ? { form: known } : backendErrors(error.message, ["email"])
    return data({ intent, values, errors }, { status: 400 })
  }
}

export default function StudioTeam({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const { members, invites, owner, me } = loaderData
  const roles = [
    { value: "staff", label: t("studio.role.staff") },
    { value: "owner", label: t("studio.role.owner") },
  ]
  const state =
    actionData && "errors" in actionData ? { values: actionData.values, errors: actionData.errors as Record<string, string> } : undefined
  return (
    <main id="main" className="mt-6 max-w-3xl space-y-5">
      <h1 className="text-2xl font-bold tracking-tight">{t("studio.team.title")}</h1>
      {actionData && "done" in actionData && actionData.done ? (
        <div role="status">
          <Notice tone="ok">{t(actionData.done)}</Notice>
        </div>
      ) : null}
      <FormAlert state={state?.errors?.form ? { errors: { form: state.errors.form } } : undefined} />
      <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white">
        {members.map((m) => (
          <li key={m.id} className="flex flex-col gap-2 p-3 sm:flex-row sm:items-center sm:justify-between">
            <div>
              <p className="font-medium">{m.name ?? m.email}</p>
              <p className="text-sm text-stone-700">
                {m.email} · {t(`studio.role.${m.role}`)}
              </p>
            </div>
            {owner && m.id !== me ? (
              <div className="flex flex-wrap items-end gap-2">
                <Form method="post" className="flex items-end gap-2">
                  <input type="hidden" name="target" value={m.id} />
                  <div>
                    <label htmlFor={`role-${m.id}`} className="sr-only">
                      {t("studio.team.roleOf", { name: m.name ?? m.email })}
                    </label>
                    <select id={`role-${m.id}`} name="role" defaultValue={m.role} className="input py-1">
                      {roles.map((r) => (
                        <option key={r.value} value={r.value}>
                          {r.label}
                        </option>
                      ))}
                    </select>
                  </div>
                  <button type="submit" name="intent" value="role" className="btn-secondary py-1">
                    {t("studio.team.changeRole")}
                  </button>
                </Form>
                <Form method="post">
                  <input type="hidden" name="target" value={m.id} />
                  <button
                    type="submit"
                    name="intent"
                    value="remove"
                    className="btn-secondary py-1 text-red-800"
                    aria-label={t("studio.team.removeWho", { name: m.name ?? m.email })}
                  >
                    {t("studio.team.remove")}
                  </button>
                </Form>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      {owner ? (
        <>
          <section className="card space-y-3 p-5" aria-labelledby="invite-heading">
            <h2 id="invite-heading" className="text-lg font-semibold">
              {t("studio.team.invite")}
            </h2>
            <Form method="post" className="grid gap-3 sm:grid-cols-3 sm:items-end" noValidate>
              <Field
                name="email"
                label={t("studio.auth.email")}
                type="email"
                required
                state={actionData?.intent === "invite" ? state : undefined}
                className="sm:col-span-2"
              />
              <SelectField name="role" label={t("studio.team.role")} options={roles} defaultValue="staff" />
              <button type="submit" name="intent" value="invite" className="btn-primary sm:col-start-3">
                {t("studio.team.sendInvite")}
              </button>
            </Form>
          </section>
          {invites.length ? (
            <section aria-labelledby="invites-heading" className="space-y-2">
              <h2 id="invites-heading" className="text-lg font-semibold">
                {t("studio.team.pending")}
              </h2>
              <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm">
                {invites.map((invite) => (
                  <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
                    <span>
                      {invite.email} · {t(`studio.role.${invite.role}`)}
                    </span>
                    <Form method="post">
                      <input type="hidden" name="target" value={invite.id} />
                      <button type="submit" name="intent" value="revoke" className="btn-secondary py-1">
                        {t("studio.team.revoke")}
                      </button>
                    </Form>
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
        </>
      ) : (
        <Notice>{t("studio.team.ownersOnly")}</Notice>
      )}
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
