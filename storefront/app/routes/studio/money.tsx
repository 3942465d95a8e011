import { data, Link, redirect } from "react-router"
import type { Route } from "./+types/money"
import { ColumnHeads } from "~/components/column-heads"
import { Notice } from "~/components/studio/fields"
import { PayoutMethod } from "~/components/studio/payout-method"
import { formatDate, formatMoney } from "~/lib/format"
import { translate } from "~/lib/i18n.server"
import type { Locale } from "~/lib/i18n"
import { asMember, requireStudio } from "~/lib/studio/auth.server"
import { payoutSettings, stripeOnboarding } from "~/lib/studio/payouts.server"
import type { Balance, LedgerEntry, Payout } from "~/lib/studio/types"
import { useLocale, useT } from "~/lib/use-t"
import { privateMeta } from "~/lib/seo"

export async function loader({ request, params }: Route.LoaderArgs) {
  const studio = await requireStudio(request, params.locale)
  const [{ balances, ledger }, { payouts }, settings] = await Promise.all([
    asMember<{ balances: Balance[]; ledger: LedgerEntry[] }>(studio, "/creator/balance"),
    asMember<{ payouts: Payout[] }>(studio, "/creator/payouts"),
    payoutSettings(studio),
  ])
  const back = new URL(request.url).searchParams.get("stripe")
  return {
    balances,
    ledger,
    payouts,
    settings,
    owner: studio.shop.role === "owner",
    back: back === "return" || back === "refresh" ? back : null,
    title: translate(params.locale as Locale, "studio.money.title"),
  }
}

/** Connect Stripe: off to Stripe's onboarding pages, which send the owner back here. */
export async function action({ request, params }: Route.ActionArgs) {
  const studio = await requireStudio(request, params.locale)
  const form = await request.formData()
  if (form.get("intent") !== "connect") return data({ error: "studio.error.refused" as const }, { status: 400 })
  const result = await stripeOnboarding(studio)
  return "url" in result ? redirect(result.url) : data(result, { status: 400 })
}

export const meta: Route.MetaFunction = ({ loaderData }) => privateMeta(loaderData?.title)

const COLUMNS = ["earned", "held", "available", "paid", "reversed"] as const

function LedgerTable({ entries, caption }: { entries: LedgerEntry[]; caption: string }) {
  const t = useT()
  const locale = useLocale()
  return (
    <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-stone-50 text-stone-700">
          <ColumnHeads
            cell="px-3 py-2"
            columns={[
              { label: t("studio.money.date") },
              { label: t("studio.money.type") },
              { label: t("studio.money.amount"), numeric: true },
              { label: t("studio.money.order") },
              { label: t("studio.money.availableFrom") },
            ]}
          />
        </thead>
        <tbody className="divide-y divide-stone-100">
          {entries.map((entry) => (
            <tr key={entry.id}>
              <td className="whitespace-nowrap px-3 py-2">{formatDate(entry.created_at, locale)}</td>
              <td className="px-3 py-2">
                {t(`studio.money.type.${entry.type}`)}
                {entry.kind === "delivery" ? ` · ${t("studio.money.kind.delivery")}` : ""}
              </td>
              <td className="whitespace-nowrap px-3 py-2 text-right">
                {entry.type === "earned" ? "" : "−"}
                {formatMoney(entry.amount, entry.currency_code, locale)}
              </td>
              <td className="px-3 py-2">
                {entry.order_id ? (
                  <Link to={`/${locale}/studio/orders/${entry.order_id}`} className="text-brand-700 underline">
                    {t("studio.money.order")}
                  </Link>
                ) : null}
              </td>
              <td className="whitespace-nowrap px-3 py-2">{entry.type === "earned" ? formatDate(entry.available_at, locale) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

const PAYOUT_TONES: Record<Payout["status"], string> = {
  proposed: "bg-sky-100 text-sky-900",
  approved: "bg-amber-100 text-amber-900",
  paid: "bg-emerald-100 text-emerald-900",
  canceled: "bg-stone-100 text-stone-800",
}

/** The shop's payouts (proposed by the daily job, approved and paid by an operator), newest first. */
function PayoutList({ payouts }: { payouts: Payout[] }) {
  const t = useT()
  const locale = useLocale()
  return (
    <ul className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white text-sm">
      {payouts.map((payout) => (
        <li key={payout.id} className="flex flex-wrap items-center justify-between gap-2 p-3">
          <span>
            {formatDate(payout.paid_at ?? payout.created_at, locale)}
            {payout.reference ? <span className="text-stone-700"> · {payout.reference}</span> : null}
          </span>
          <span className="flex items-center gap-3">
            <span className={`rounded px-2 py-0.5 text-xs font-medium ${PAYOUT_TONES[payout.status]}`}>
              {t(`studio.money.payout.${payout.status}`)}
            </span>
            <span className="font-semibold">{formatMoney(payout.amount, payout.currency_code, locale)}</span>
          </span>
        </li>
      ))}
    </ul>
  )
}

export default function StudioMoney({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT()
  const locale = useLocale()
  const { balances, ledger, payouts, settings, owner, back } = loaderData
  return (
    <main id="main" className="mt-6 space-y-6">
      <h1 className="text-2xl font-bold tracking-tight">{t("studio.money.title")}</h1>
      <section aria-labelledby="balance-heading" className="space-y-2">
        <h2 id="balance-heading" className="text-lg font-semibold">
          {t("studio.money.balances")}
        </h2>
        {balances.length === 0 ? (
          <Notice>{t("studio.money.noBalance")}</Notice>
        ) : (
          <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3">
            {balances.map((balance) => (
              <section key={balance.currency_code} className="card p-4" aria-label={balance.currency_code.toUpperCase()}>
                <h3 className="font-semibold">{balance.currency_code.toUpperCase()}</h3>
                <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
                  {COLUMNS.map((column) => (
                    <div key={column} className="contents">
                      <dt className={column === "available" ? "font-semibold" : "text-stone-700"}>{t(`studio.money.${column}`)}</dt>
                      <dd className={`text-right ${column === "available" ? "font-semibold" : ""}`}>
                        {formatMoney(balance[column], balance.currency_code, locale)}
                      </dd>
                    </div>
                  ))}
                </dl>
              </section>
            ))}
          </div>
        )}
        <p className="text-sm text-stone-700">{t("studio.money.heldHint")}</p>
      </section>
      <PayoutMethod settings={settings} owner={owner} back={back} error={actionData?.error} />
      <section aria-labelledby="payouts-heading" className="space-y-2">
        <h2 id="payouts-heading" className="text-lg font-semibold">
          {t("studio.money.payouts")}
        </h2>
        {payouts.length ? <PayoutList payouts={payouts} /> : <Notice>{t("studio.money.noPayouts")}</Notice>}
      </section>
      <section aria-labelledby="ledger-heading" className="space-y-2">
        <h2 id="ledger-heading" className="text-lg font-semibold">
          {t("studio.money.ledger")}
        </h2>
        {ledger.length ? (
          <LedgerTable entries={ledger} caption={t("studio.money.ledger")} />
        ) : (
          <Notice>{t("studio.money.noLedger")}</Notice>
        )}
      </section>
    </main>
  )
}

export { LocaleErrorBoundary as ErrorBoundary } from "~/components/route-error"
